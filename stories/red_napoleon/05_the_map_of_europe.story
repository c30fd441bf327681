// Chapter five: the map of Europe. September 1936 to November 1937.
// The Czech crisis, the march into Poland or the refusal to march, the war
// with the Reich and what becomes of it, military rule over the occupied
// lands, Hungary, the British election, and the world's answer: Spain,
// China, the American party, the American president.
// Opens at europe_map_room (September 1936, where chapter four leaves the
// Marshal); every path hands on to reckoning (chapter six).
// Two forks: the German generals' coup (europe_oder) comes as the generals
// planned it, goes another way (europe_berlin_purge) or never comes
// (europe_long_war, europe_home_front, europe_winter_line); and the British
// election (europe_london) can go against Churchill (europe_london_talks).
// Sets the shared flags poland_occupied and germany_split.

// Flags of this chapter. Chapter six (same writer) reads several of them.
flag winter_army          // the western districts spent the winter of 1936-37 on a war footing
flag winter_underground   // the winter went on rifles and organisers for the Polish underground
flag winter_treaties      // Litvinov spent the winter on Paris and Prague
flag via_romania          // the army reached Prague through Romania, not Poland (read in ch 6)
flag took_berlin          // the army refused the armistice, or the SS, and entered Berlin (read in ch 6)
flag thaelmann_germany    // one Soviet Germany under Thaelmann, not a split one (read in ch 6)
flag military_governors   // the occupied lands are ruled by army governors (read in ch 6)
flag revkoms              // Trotsky's revolutionary committees govern the occupied lands (read in ch 6)
flag hungary_soviet       // the army set up a second Hungarian Soviet Republic (read in ch 6)
flag spain_split_funded   // Moscow paid the Spanish breakaway party
flag washington_campaign  // the forged American scandals were approved (read in ch 6)
var german_coup = 0       // what the generals in Berlin did on 9 June 1937: 0 nothing, 1 arrested Hitler and asked for an armistice, 2 rose and were crushed by the SS (ch 5; read in ch 6)
flag goering_truce        // a truce on the Oder with the Reich that shot its generals (ch 5; read in ch 6)
flag war_on               // the war with the Reich is still being fought (ch 5; read in ch 6)
flag london_offer         // Maisky was given something solid to offer London before the election (ch 5)
flag churchill_lost       // the British election went against Churchill: Attlee's government will talk (ch 5; read in ch 6)
flag london_talks         // Moscow accepted London's offer of talks on the new frontiers (ch 5; read in ch 6)
flag rationing            // bread cards came back in the autumn of 1937 (ch 5; read in ch 6)

=== europe_map_room: The Kremlin, the Senate building, the map room, September 1936
While the big map goes up sheet by sheet on Frunze Street, the General Staff
has sent the small one to the Kremlin: eleven sheets on the long table, with
the lamps pulled down low over them and a glass of cold tea on Vladivostok.
By two in the morning the room is yours alone.

You start where you always start, at the Vistula. The reservists
Rydz-Śmigły has called up are the Ukrainians and Belorussians of the eastern
provinces, peasants who would rather be called up by anybody else. West of
Poland the Reich has been in the Rhineland since March, and General
Köstring, the German attaché, gives dinners in Moscow at which he asks very
good questions. South of Poland, the Czechs have a treaty with you
that works only if the French work first. {if trotsky_influence >= 30: Trotsky's people have a map of their own, of the villages of Galicia where the Polish party still has members who are not in prison. | The Comintern's Polish section has a list of villages in Galicia where it still has members who are not in prison.}

{if army_loyalty >= 70: The army is ready to be used, and knows it, and is waiting for you to know it too. | The army is not yet sure what it is for.} Whatever happens in Europe will not happen before the spring; armies do not move in the Polish thaw. You have the winter. The question is what to spend it on.

* (winter_army) Put the western districts on a war footing by spring -> europe_council
  set winter_army = true
  set army_loyalty += 5
  set standing_abroad -= 5
  The order goes to Minsk and Kiev in the morning: the reservists of two classes called up for "winter training", the railway troops to the frontier stations, fuel and ammunition forward to the depots west of the Dnieper. By Christmas every military attaché in Moscow has been to look at the sidings, and the Polish one has counted the tank cars twice.
* (winter_underground) Spend the winter on the Polish underground -> europe_council
  set winter_underground = true
  set trotsky_influence += 5
  set standing_abroad -= 5
  The Comintern's Polish section is given money, printing presses and forty organisers with false papers, and sends them over the frontier in twos and threes through the marshes of Polesie, where the Polish frontier guard is thin and the peasants speak Belorussian. By February the police in Lwów have arrested eleven of them and not found the other twenty-nine.
* (winter_treaties) {if trotsky_foreign: Have Litvinov work Paris from his embassy, and Prague from a sleeping car, to make the treaties mean something | Send Litvinov to Paris and Prague to make the treaties mean something} -> europe_council
  set winter_treaties = true
  set standing_abroad %+ 15
  set army_loyalty -= 5
  Litvinov spends the winter in sleeping cars between Paris and Prague, with his briefcase and his cold, and the foreign ministries he visits find that the Soviet government means, for once, exactly what it signs. In Prague Beneš gives him dinner and a list of the Czech fortifications in the Sudeten mountains, which nobody in Prague has given the French. In Paris he sits for three hours with Blum, who is still Prime Minister and still sure that France will march, and with Gamelin, who is sure of nothing but says so beautifully, and comes away with a promise on paper of staff talks in the spring.

  The foreign papers, which had spent the autumn drawing you in a cocked hat, discover that the Soviet Union has a Foreign Commissariat again, and report its travels with something like relief. On Frunze Street the generals read the same reports and draw the conclusion that the winter is being spent making sure that they will not be used. The western districts stay in their barracks; the colonels who had hoped for a war in the spring write to their wives that it will be the usual summer, camps and manoeuvres, and the wives are relieved and the colonels are not.

=== europe_council: The map room, People's Commissariat of Defence, Frunze Street, 14 March 1937
// The winter pulls the stats that have drifted furthest a fifth of the way back.
if army_loyalty > 75:
  set army_loyalty = (army_loyalty * 4 + 60) / 5
else if army_loyalty < 35:
  set army_loyalty = (army_loyalty * 4 + 55) / 5
if standing_abroad < 20:
  set standing_abroad = (standing_abroad * 4 + 40) / 5
if legitimacy > 75:
  set legitimacy = (legitimacy * 4 + 55) / 5
else if legitimacy < 25:
  set legitimacy = (legitimacy * 4 + 45) / 5
if bukharin_trust < 25:
  set bukharin_trust = (bukharin_trust * 4 + 45) / 5
if kirov_trust < 25:
  set kirov_trust = (kirov_trust * 4 + 45) / 5
if nkvd_loyalty < 20:
  set nkvd_loyalty = (nkvd_loyalty * 4 + 35) / 5
The winter has been long, and Moscow has spent it doing what Moscow does in winter, which is getting used to things. {if army_loyalty >= 60: The regiments have grown used to their Marshal, which is not the same as grateful; they grumble about the winter training, the new regulations and the price of vodka in the canteens, like any army.} {if army_loyalty < 60: The regiments have grown used to the new order over the winter, and found that its pay arrives, which after the last ten years is a kind of loyalty.} {if legitimacy < 40: The country has had a year to get used to a Marshal in the Kremlin, and has, a little: the trams run, the shops have sugar, and the jokes have become less frightened.} {if standing_abroad < 30: Abroad, the winter's news has been Spain, the kidnapping of Chiang Kai-shek at Xi'an and the abdication of the King of England, and the cartoonists have had other faces to draw.}

The map of Europe covers the whole end wall here, and somebody has been at
it with pins before you arrived. {if voroshilov_arrested: The room was Voroshilov's. He is in a cell now, and the photographs of him on horseback have come down, leaving paler squares on the paint. | The room was Voroshilov's for ten years. The photographs of him on horseback have come down and left paler squares on the paint.}

Yegorov briefs in his old-army voice, pointer in hand, as if the General
Staff of the Tsar had never been abolished. In February Hitler took Vienna,
a year before anyone in this room expected him to; he judged, correctly, that
Moscow was busy with itself. Now he wants the Sudeten districts, and Beneš has
invoked the treaty of 1935. Paris is asking London. London is consulting its
conscience.

Between you and Prague lies Poland, which will not let a Red Army soldier
cross its soil, and Romania, which nobody has asked. Poland is not well.
Piłsudski is two years dead, his colonels quarrel over the body, and in
Galicia the peasants have stopped carrying food to the towns{if winter_underground:, which is what your winter's money was for}. {if winter_army: The western districts have spent the winter on a war footing, and every military attaché in Moscow has counted the trains. | The western districts have spent the winter in their barracks, and would like you to know it.} {if winter_treaties: Litvinov {if trotsky_foreign: has come up from his Paris embassy by way of Prague | has come back from Paris and Prague} with a French promise, which is better than nothing and worse than a French division.} {if warsaw_study: Your staff study of last summer lies at your elbow, still in its cover: Warsaw in six weeks, done properly this time.}

"And if we cross into Poland," Yegorov adds, tapping Poznań, "Hitler will
cross from the other side, to take his share before we take all of it."
Nobody at the table contradicts him. Nobody ever has.

"Thirty-six German divisions on paper," says Uborevich, who has flown in
from Minsk with mud still on his boots. "Half of them short of officers,
none of them with reserves. In two years they will have a hundred. This is
the only year it is cheap."

if trotsky_killed:
  There is no memorandum from Trotsky; there will be no more memoranda from Trotsky. Kun, who has been given his chair at the end of the table, says that the Polish workers should be armed and left to open the door from the inside, and looks round the table to see whether anyone remembers whose idea it was.

else if trotsky_refused:
  Trotsky's opinion is not at the table, but it is in the room: the Bulletin of the Opposition for February, with a page about the coming war that says the Polish workers should be armed to open the door from the inside, and that the Soviet Bonaparte will prefer to kick it in. {if trotsky_in_mexico: It was written in Coyoacán, which is as far from Poland as a man can sit and still have an opinion about it.}

else if trotsky_foreign:
  Trotsky sits at the table as People's Commissar for Foreign Affairs, with Litvinov's files in front of him, and has not opened them. "Arm the Polish workers," he says, "and let them open the door from the inside. That is not a march. That is a revolution."

else if trotsky_influence >= 30:
  Trotsky sits at the end of the table rather than at it. He has said his piece about 1920 once and does not repeat it. "Arm the Polish workers," he says, "and let them open the door from the inside. That is not a march. That is a revolution."

else:
  Trotsky is not at the table. His memorandum is: arm the Polish workers and let them open the door from the inside. A footnote quotes what he told Lenin in 1920.

{if trotsky_foreign: Litvinov, called up from Paris for the day and seated below his successor, has said nothing for twenty minutes, which for Litvinov is a speech. | Litvinov has said nothing for twenty minutes, which for Litvinov is a speech.} Bukharin has sent a note from Gosplan: one month of war costs a year
of the Plan. {if kirov_trust >= 50: Kirov looks at the pins and then at you, as he did across the green baize in February of last year. "Whatever we do, we do it before summer." | Kirov looks at the pins and not at you. "Whatever you do, Marshal, do it before summer."}

* Send Warsaw an ultimatum: passage for the army, or war -> europe_ultimatum
  Yegorov writes it down in his own hand, and the note goes to the Polish embassy that evening: twenty-four hours.
* Arm the Polish strikers and let Poland open from the inside -> europe_polish_strike
  Uborevich shrugs, and says that he will be on the frontier when the door opens, whoever opens it.
* {if trotsky_foreign: Let Kuznetsky Most work the treaties with Paris and Prague | Let Litvinov work the treaties with Paris and Prague} -> europe_litvinov
  The generals fold up their maps without a word, which is the loudest thing a general can do.

=== europe_ultimatum: The Polish Embassy, Moscow, 19 March 1937
Ambassador Grzybowski brings the answer in person, which is a courtesy, and
in writing, which is not. Colonel Beck regrets. Poland has signed treaties
with both her great neighbours precisely in order to belong to neither. She
will be nobody's corridor. The Polish army will defend the frontier of 1921,
the one you failed to move in 1920; the ambassador does not say the last
part, and does not need to.

He bows, and the door closes on a good pair of boots.

The telephone from Minsk rings before the door has stopped moving.
Uborevich's armies are on the railway sidings; the gauge changes at the
frontier, and the engineers have been relaying track in their heads for
six years. In Kiev Yakir says the same, more politely.
{if zhukov_promoted: Zhukov does not telephone at all. He sends a one-line signal that his corps is ready, which is his way of saying that he is watching what you do with the refusal.}

Bukharin is on the other line. "If you cross that frontier, Misha, every
government in Europe will say that the Red Napoleon has shown his face. And
they will be right."

* Cross the frontier at dawn -> europe_vistula
  set poland_occupied = true
  set standing_abroad %- 30
  set army_loyalty %+ 20
  set bukharin_trust %- 20
  You give the order at eleven at night, by telephone, to Minsk and Kiev, and then you drive to the frontier yourself, because you were not there in 1920 when it mattered and you mean to be there now.

  At Negoreloye the station lamps are out and the platform is full of sappers. The express from Warsaw came through at six in the evening, on time, with its passengers looking out at the tank cars on the sidings. At a quarter to five the guns begin, all along the line from the Dvina to the Dniester, and the sound arrives at the station a moment after the light, like a door slammed in another room. The first tanks go over the frontier bridge at Stołpce at five past five, with their hatches open and their commanders standing up in them, as if it were a parade. The Polish frontier post on the far bank is a wooden hut with a flag. Its sergeant fires one shot from his rifle and is killed by the second tank.

  By noon the columns are fifteen miles in. In Moscow the radio plays marches; in the factories the meetings pass resolutions that were typed the day before. Bukharin telephones once, at seven in the morning, and you do not take the call, and he does not call again. In London the evening papers have a new word for you, and in every capital of Europe the ministers who had told their parliaments that the Red Army would never move are looking for another sentence.
* Take the refusal, and ask Bucharest instead -> europe_bucharest
  set army_loyalty -= 5
  You tell Uborevich to keep his armies on the sidings. He says, very correctly, that they have been on the sidings for a week, and that sidings are where armies learn to despise their governments.
* Withdraw the ultimatum and give the file back to {if trotsky_foreign: Kuznetsky Most | Litvinov} -> europe_litvinov
  set army_loyalty %- 20
  set standing_abroad += 5
  You have the note withdrawn the same afternoon, as a misunderstanding, which in diplomatic language is a humiliation so complete that it can only be spoken of politely. Grzybowski receives the withdrawal with a bow even deeper than the one he made delivering his answer.

  Uborevich's armies are taken off the railway sidings where they have stood for a week, loaded and fuelled and facing west, and sent back to their barracks by the same trains that brought them. The men are glad. The officers are not. They have been in position, the ammunition issued and the maps cut, and they were turned round at the frontier by a telegram, which is the one thing officers do not forgive a government, because it makes them look like fools to their own soldiers. Yakir writes from Kiev that the district will of course obey. He writes it twice, in two paragraphs, which is one more time than obedience needs.

=== europe_polish_strike: Lwów, April 1937
The rifles go over the frontier at night in hay carts, under the eye of the
Soviet frontier guard and the blind eye of the Polish one. {if trotsky_post == 1: The Comintern's Polish section chooses the villages, under its new chairman, who has purged it of everyone who called him a traitor, which was most of it. | {if trotsky_influence >= 30: Trotsky's people choose the villages; they are better at it than the Comintern's Polish section, which they despise, and which despises them back. | The Comintern's Polish section chooses the villages. Half its leaders have sat in Polish prisons and the other half in Soviet ones, and they argue about which was worse.}}

{if winter_underground: The organisers you paid for all winter are already in the villages, and the rifles go to men who know how to use them. | Nobody has prepared the ground; the rifles go to whoever comes out to meet the carts.} It works faster than anyone promised. The peasant strike closes the
markets of Galicia; the railwaymen of Lwów come out behind it; on the
ninth day the city council flies a red flag from the town hall and a
strike committee telegraphs Moscow, in Russian and in Ukrainian, asking for
"fraternal assistance against the colonels' bayonets". Marshal Rydz-Śmigły
is moving two divisions south to answer it.

Yegorov reads the telegram twice. "It is the same war as the
ultimatum, Mikhail Nikolayevich, with a better excuse. The excuse will
last until the first Polish village burns."

* Go in, at the strike committee's invitation -> europe_vistula
  set poland_occupied = true
  set standing_abroad -= 5
  set trotsky_influence += 10
  set army_loyalty += 5
  Yakir's cavalry goes over the Zbruch at first light with the strike committee's telegram read out at the head of every squadron, so that the troopers know whom they are going to help. Nobody in Galicia has seen a Red Army soldier since 1920, and the older peasants, who have, stand in their doorways to see whether these are the same ones.

  At Tarnopol the railwaymen have the station already, and a red flag on the water tower; at Złoczów a crowd comes out with bread and salt and, behind it, a Polish gendarmerie post comes out with its hands up. For four days it is exactly the war the pamphlets promised, the revolution opening the door from the inside. Then the Polish divisions Rydz-Śmigły moved south meet the cavalry outside Lwów, and the war becomes the other kind. {if trotsky_refused: The Bulletin of the Opposition calls it the Red Bonaparte's idea of a revolution: a strike committee with a tank behind it. | {if trotsky_influence >= 30: Trotsky's people in the villages have organised the welcome so well that the Comintern's people complain to Moscow about them. | The Comintern's people in the villages have organised the welcome, and have begun to argue about who should sit on the first committees.}} In London and Paris the newspapers, which had almost believed the strike, print the photographs of the tanks.
* Leave the strikers to Rydz-Śmigły, and keep the army home -> europe_quiet_front
  set trotsky_influence -= 5
  set army_loyalty -= 5
  set bukharin_trust += 5
  The strike committee's second telegram comes on the fourth day, and then there is no third. Yakir, who had his cavalry saddled on the Zbruch, asks for his orders in writing, and you send them to him in writing.

=== europe_litvinov: The Commissariat of Foreign Affairs, Kuznetsky Most, April 1937
{if trotsky_foreign: Trotsky receives you in Litvinov's old room, among Litvinov's English newspapers, which he has not had taken away. "Seven months in this chair," he says, "and I have learned what Litvinov knew. It is not agreeable." Then he puts Litvinov's case better than Litvinov did, as though it were also yours. | Litvinov receives you in a room full of English newspapers, and puts his case the way a good lawyer does, as though it were also yours.} {if winter_treaties: He has the French promise in his safe and knows exactly what it is worth.}

The treaty says France first. Blum wants to march and his generals do
not; Gamelin wants London, and London wants to be left alone. If the Red
Army moves before Paris does, the Soviet Union becomes the aggressor, and
the one thing that can unite the French, the English, the Poles and the
Germans is a Russian army west of the Bug. "There is a kind of revolutionary,"
he says, "who thinks the whole world will rise to meet his cavalry. The world
rises, Marshal. Against the cavalry."

There is a narrow way. Romania touches Czechoslovakia at its far eastern
tip, in Ruthenia, and the Romanians have
never quite refused a request they had not yet been paid to grant. King
Carol likes money, and he likes being asked. Through Romania the army could
reach the Czechs without setting foot in Poland.

"Or we wait," says {if trotsky_foreign: Trotsky, as if the words cost him money | Litvinov}, "and let the Czechs discover what the French
alliance is worth. It is a hard lesson. It is cheaper for us than the
other kind."

* Ask Bucharest for a corridor to Prague -> europe_bucharest
  {if trotsky_foreign: Trotsky | Litvinov} takes the request with the air of a man who has been asked to sell a horse to a gipsy, and sends for Potemkin.
* Stand behind Paris, and wait -> europe_quiet_front
  set standing_abroad %+ 15
  set army_loyalty -= 5
  set bukharin_trust += 5
  You tell {if trotsky_foreign: him | Litvinov} that the Soviet Union will do what its treaty says, and no more, and that the treaty says France first. {if trotsky_foreign: He writes it out as a note to Paris himself, in a prose so dry that the Quai d'Orsay has it checked for irony. | He writes it out as a note to Paris before you have left the room, in his own hand, and reads it back to you with visible pleasure.}

  The note is published. For a week the Soviet Union is the only great power in Europe that has said in public exactly what it will do for Czechoslovakia, and the foreign press, which had been printing maps of the Red Army's routes to Prague, prints the text of the treaty instead, and discovers for the first time that it has a clause about France. In London the Manchester Guardian calls it the most responsible act of the Soviet government since Rapallo; the Times calls it the second most. In Paris the Chamber debates the treaty for two days, and does nothing, magnificently.

  Bukharin sends round a note with three words on it: the Plan thanks you. On Frunze Street the generals read the published note in the newspapers, as if they were civilians, and conclude that the army will not be used this year.

=== europe_bucharest: The Royal Palace, Bucharest, April 1937
Potemkin, the deputy commissar for foreign affairs, flies down with the Grand Marshal's letter in
his briefcase and comes back two days later with the King's price in his
head, because the King would not write it down.

Carol will let the Red Army cross the northern corner of Romania to the
Ruthenian frontier, on three conditions: the trains run at night, the troops
do not leave the trains, and Moscow recognises Bessarabia as Romanian, in a
treaty, in public, forever. Every Soviet map since 1918 has shown
Bessarabia in the Soviet colour. Every Soviet schoolchild can point to it.

"He also asked," says Potemkin, "whether the Marshal remembers the
Romanian front in 1917. I said you had been busy elsewhere."

{if party_shell: The Party can no longer say no to you; it can still say things in the kitchens. | The Party secretaries will have something to say about a Marshal who sells Soviet soil for a railway timetable.}

* Give Carol his treaty, and send the trains through -> europe_oder
  set via_romania = true
  set army_loyalty += 5
  set standing_abroad -= 5
  set party_strength += 5
  set legitimacy -= 5
  The treaty is signed at Cernăuţi, in the Residence of the Bukovina metropolitans, on a table too small for it; Potemkin signs for the Union, and the Romanian foreign minister signs for the King. Bessarabia is Romanian, in public, forever. In Kishinev, on the other side of the Dniester, the Romanian police arrest the secretaries of the Bessarabian party the same evening, for safety, and in Moscow the Party secretaries find their voices for the first time in a year. The first trains go through that night, with their blinds down.
* Refuse his price, and leave the Czechs to Paris -> europe_quiet_front
  set army_loyalty -= 5
  Potemkin goes back to Bucharest to say no, politely. The armies stay on their sidings a fortnight longer, in case, and are then sent home.

=== europe_vistula: The Vistula, below Warsaw, May 1937
Seventeen years ago you stood on this river with an army that had outrun
its bread and its boots, and watched the Poles come out of the city and
take it from you. This time the river is a line on a staff map and the tanks cross it on pontoons the engineers built in a night. {if winter_army: The winter's work pays: the railway troops relay the gauge in six days and the fuel is where the tables say it will be. | Nobody prepared the railways over the winter, and the gauge break at the frontier costs you eleven days and a good deal of temper.}

The Polish army fights as it always fights, magnificently and in the
wrong century. There are lancers at Garwolin. There are machine guns in the
church towers of Praga. {if seen(europe_polish_strike): The strike committees bring your columns bread and guides in Galicia; north of the Bug nobody brings you anything. | Nobody brings your columns bread; the villages watch from behind their shutters.} Warsaw falls in the third week. Rydz-Śmigły goes south to Romania and Colonel Beck goes west to London, and the President of the
Republic signs nothing.

Hitler did exactly what Yegorov said he would. On the day you crossed,
his divisions crossed too: into the Sudeten districts, and into Poznań and
the Corridor, to take his share of Poland before you took it all. Now the
German military attaché asks, through the Swedes, whether a line along the
Vistula and the San might be agreed between professionals.

Uborevich wants to go on. "They are half-built. We will never find them
half-built again."

* Go on, to the German frontier and through it -> europe_oder
  set army_loyalty += 5
  set standing_abroad -= 5
  You send the Swedes away with no answer, which is an answer. Uborevich has his tank corps turned west before the telephone is back on its hook.
* Halt on the Vistula, and take the line Berlin offers -> europe_military_rule
  set army_loyalty %- 20
  set standing_abroad -= 5
  set bukharin_trust += 5
  set legitimacy -= 5
  The line is agreed at Brest-Litovsk, which nobody on either side remarks on, in the citadel, by two colonels of the two general staffs, with a Swedish major to hold the pen. It follows the Vistula from the Carpathians to Warsaw and the Narew from Warsaw to the East Prussian frontier, and the Germans have it drawn on a better map than yours, which means they drew it before the war began. Warsaw itself is divided along the river: Praga is yours, the Old Town is theirs. The German colonel is very polite about it.

  It is the fourth partition of Poland, and every Pole alive knows the number. Colonel Beck says so from London, on the BBC, in French. The foreign papers, which had half expected the Red Army to stop somewhere, had not expected it to stop by arrangement, and print the two colonels' photograph side by side with the Molotov of 1920 who would not have dared. The Party secretaries at home say that the army has made a bargain with the fascists, which is true. The army says nothing. Uborevich was on the Vistula with his tank corps fuelled and his bridges built, and he takes his orders to halt as he would take a wound, and Yakir writes that the men are asking why they stopped.

=== europe_oder: The Oder front, June 1937
// What the generals in Berlin do on the ninth of June depends on the war. A
// fast war (the winter's railway work, or the road through Romania) frightens
// them into moving; a slow one lets them wait. A rising in the German towns,
// which Moscow's money or Trotsky's name set off, gives the SS its excuse.
if via_romania or winter_army:
  if winter_underground or seen(europe_polish_strike) or trotsky_influence >= 35:
    set german_coup = 2
  else:
    set german_coup = 1
else:
  set german_coup = 0
if via_romania:
  The trains run at night, as the King asked, and the troops do not leave them until Ruthenia. From there Yakir's corps go west through Slovakia and Moravia with the Czech army on their flank, and hit the Reich where its maps said nobody would come: Silesia from the south, Saxony from the Bohemian hills.

else if german_coup > 0:
  Uborevich's tank corps cross the Oder above Breslau on the eleventh day, and the Wehrmacht, which has been an army for barely two years, learns what deep battle means from the receiving end.

else:
  Nobody relaid the railways west of the Vistula over the winter, and the fuel comes forward by horse and cart, as in 1920. Uborevich's tank corps reach the Oder above Breslau on the nineteenth day with their tanks dry, and find the Wehrmacht waiting on the far bank in concrete it poured last year.

It is not the walk the papers will make of it. The Germans fight well in
small pieces and badly in large ones. The Luftwaffe burns a hundred of your
bombers in a week; the ammunition trains run late; there are forty thousand
dead {if poland_occupied: between the Vistula and the Oder | in the Bohemian passes}, most of them nineteen years old. France mobilises along the Rhine,
and does nothing else, which is what France does.

if german_coup == 1:
  On the ninth of June the generals in Berlin do what they have been whispering about since 1934. General Ludwig Beck of the General Staff and General von Fritsch arrest Hitler in the Reich Chancellery with a company of the Potsdam garrison, Göring is shot on the stairs at Karinhall, and a general's voice on the wireless asks for an armistice "between soldiers".

  In Moscow the crowds come out on their own, which they have not done since 1918. Nobody in the Kremlin is sure what to make of it.

  * Accept the generals' armistice where the armies stand -> europe_german_terms
    set standing_abroad += 5
    set legitimacy += 5
    The guns stop at noon on the eleventh, up and down the front, and for a minute afterwards nobody on either side of the Oder knows what to do with the silence. Then the German infantry stand up in their trenches to look, and so do yours, and a Soviet lieutenant near Oppeln walks out into the river meadow with a bottle and is shot by nobody.
  * Refuse it, and drive on to Berlin first -> europe_german_terms
    set took_berlin = true
    set army_loyalty += 5
    set standing_abroad %- 30
    set legitimacy += 5
    You answer the general's voice with the guns. It takes eleven days.

    {if via_romania: Yakir's corps come up from Saxony through the Spreewald | Uborevich's tank corps go round Frankfurt on the Oder to the north and come down on Berlin through the lakes}, where the Wehrmacht's new divisions, told on the wireless that their generals have made peace, do not know whether they are fighting for Beck or for nobody, and fight well anyway. The Luftwaffe's last squadrons go up from Tempelhof and do not come down. On the eighteenth the first tanks reach the eastern suburbs, Lichtenberg and Friedrichshain, where the red flags come out of the windows of the tenements before the tanks have stopped, and are taken in again when the shooting starts in the next street.

    The city does not surrender; it runs down. For three days there is fighting in the Tiergarten and along the Landwehr Canal, where a battalion of the SS Leibstandarte holds the bridges until its ammunition is gone. Your gunners put a battery of heavy howitzers in the Lustgarten and fire over open sights at the Chancellery on the Wilhelmstrasse, where a last company of the Leibstandarte, which never accepted the generals' armistice, has barricaded itself in with Hitler, whom the generals had kept under guard in his own cellar, and the building burns all night. Nobody finds out for certain what became of him. On the morning of the twenty-second General Beck comes out of the War Ministry on the Bendlerstrasse with a white tablecloth on a curtain pole and a staff officer to carry it.

    It costs eleven thousand dead in Berlin alone, and the photographs of the burnt Chancellery go round the world the same week. In Moscow the crowds come out again, and this time the Kremlin knows what to make of it. The foreign ministries of Europe look at a Red Army on the Spree and agree, privately, that the thing they feared in 1920 has happened.

else if german_coup == 2:
  On the ninth of June the generals in Berlin try to do what they have been whispering about since 1934, and it goes wrong. The week before, the workers of Hamburg and the Ruhr came out in a strike that {if winter_underground or seen(europe_polish_strike): the Polish example and Moscow's money | Trotsky's name and Moscow's broadcasts} had been promising them for a year; the SS had been waiting for a strike, and was in the streets before the generals were. Beck and Fritsch send a company of the Potsdam garrison into the Reich Chancellery, and Hitler is shot in the corridor outside his study by a lieutenant who had been told only to arrest him. Forty minutes later the Leibstandarte comes down the Wilhelmstrasse from its barracks at Lichterfelde.

  By evening Beck and Fritsch have been shot against the wall of the courtyard of the War Ministry, in the Bendlerstrasse, with eleven other officers. At midnight Göring speaks on the wireless, from Karinhall: the Führer murdered by reactionary officers in the pay of Moscow, the Reich in mourning, the Reich at war, and no armistice with the murderers' masters, ever. Himmler's men are hanging strikers from the lamp posts in Altona by the next morning.

  In Moscow the crowds that came out at the first news go home again. There is nobody in Berlin to make peace with.

  * (purge_march) March on Berlin, while the SS is still counting its dead -> europe_berlin_purge
    set took_berlin = true
    set army_loyalty += 5
    set standing_abroad -= 5
    You give the order that night, and {if via_romania: Yakir turns his corps north out of Saxony | Uborevich turns his tank corps west from the Oder} before Göring has finished speaking.
  * (purge_truce) Let the Swedes offer Göring a truce where the armies stand -> europe_military_rule
    set goering_truce = true
    set standing_abroad += 5
    set army_loyalty %- 20
    set legitimacy -= 5
    Göring takes the truce in four days, because he needs it more than you do, and says so on the wireless in the opposite words: that the Reich has chosen to halt the Bolshevik hordes on the Oder, where the Teutonic Knights halted them before. The guns stop on the fifteenth. Nobody signs anything; there is a line on the map, drawn by a Swedish major, and two armies dug in on either side of it.

    In Moscow nobody cheers. The army has buried forty thousand men between the Vistula and the Oder and is now to sit facing the men who shot their own generals in the Bendlerstrasse, without a treaty, without a frontier, without an end. The generals say it in the messes: that they were stopped at the gates by a telegram, twice in a generation, and both times by a Marshal. The Party secretaries say that the Red Army has made a truce with the murderers of Beck and the hangmen of Altona, which is also true.
  * (purge_dig) Dig in on the Oder, and let the Reich break its teeth on it -> europe_long_war
    set war_on = true
    set army_loyalty += 5
    set legitimacy -= 5
    Uborevich is told to hold what he has and fortify it, and to wait for the Germans to come to him, which they will.

else:
  The ninth of June passes like any other day. The generals in Berlin, who have been whispering since 1934, go on whispering; a Reich whose army is holding its river does not need to be saved from its Führer, and Beck is said to have told Fritsch that a general who moves against his government in wartime had better be winning somebody else's war. Hitler speaks from the balcony of the Chancellery on the tenth, about the Oder and the Teutonic Knights, to a crowd that has been told to come and would have come anyway.

  * (oder_reserves) Throw in the reserves, and take Breslau before the summer ends -> europe_long_war
    set war_on = true
    set army_loyalty += 5
    set standing_abroad -= 5
    Yegorov gives the order to the second echelon, which has been waiting east of the Vistula, and the railway troops are told that the gauge will be relaid by the first of July, which it will not be.
  * (oder_hold) Hold the line of the Oder, and let the Germans come to you -> europe_long_war
    set war_on = true
    set army_loyalty -= 5
    set bukharin_trust += 5
    The order is to dig. The army, which has been told for fifteen years that it fights only on the offensive, digs, and writes home that it is digging.

=== europe_german_terms: The Oberpräsidium, Breslau, July 1937
if german_coup == 2:
  The German delegation comes from Berlin in the back of a Soviet lorry, because there is no German government left to send a train. It is led by Neurath, who was Foreign Minister under Hitler and a diplomat under the Kaiser, and has decided overnight to be a diplomat again; behind him sit two state secretaries and a general of the engineers, the most senior German officer the SS did not shoot. There are no generals of the General Staff at the table. They are buried in a row in the Invalids' Cemetery, under names their families were not allowed to put on the stones.

else if took_berlin:
  Your staff car came from Berlin this morning, past the Reichstag, burnt four years ago, and the Chancellery, burnt last week by your gunners. The German delegation came the same road the day before, in the back of a Soviet lorry.

else:
  The German delegation arrives by train from Berlin with white flags on the engine and General Beck in the last carriage, looking like a man attending his own funeral and disapproving of the arrangements.

There are three maps on the table, because there are three ideas in your
government.

Kirov's map is yours, really, and everybody knows it. Germany is the
danger, whoever rules it; so there shall be less of it. Prussia stays apart
under your army and does not rejoin anything. The south, Bavaria and
Württemberg and Baden, goes to Austria, and Vienna becomes the capital of a
South German–Austrian Socialist Republic with no love for Berlin and every
reason to stay that way. What is left in the west may call itself Germany if
it likes.

if trotsky_refused:
  Kun's map is one colour, and it is Trotsky's map without Trotsky: Thälmann fetched out of a Hanover cell to be chairman of a single German Soviet Republic, the revolution of 1918 finished at last. It would be the biggest communist state in Europe after yours, and the question nobody asks aloud is how long it would take orders from Moscow. {if trotsky_killed: Kun does not say whose idea it was first. Nobody at the table says his name at all.}

else:
  Trotsky's map is one colour. {if trotsky_influence >= 30: He has fetched Thälmann | He wants Thälmann fetched} out of a Hanover cell to be chairman of a single German Soviet Republic, the revolution of 1918 finished at last. It would be the biggest communist state in Europe after yours, and the question nobody asks aloud is how long it would take orders from Moscow.

{if trotsky_foreign: Litvinov's map came from the Paris embassy in the diplomatic bag: | Litvinov's map is} Germany as it was in May, disarmed, neutral, {if german_coup == 2: its civil servants | its generals} governing it under inspection. Bukharin has initialled it.

* Cut Prussia loose, and join the south to Austria -> europe_military_rule
  set germany_split = true
  set standing_abroad %- 30
  set army_loyalty += 5
  set kirov_trust += 5
  You put your finger on Kirov's map, and the room lets out its breath.

  It takes a fortnight to draw, and the drawing is done by colonels. Prussia east of the Elbe becomes a military district of the Red Army, with a German administration under it that answers to a Soviet commandant in Königsberg. Bavaria, Württemberg and Baden are handed to the Austrians, who did not ask for them and who send a delegation to Breslau to say that they are grateful, in the accent of men who have not yet decided whether they are; the new republic's capital is Vienna, its president a Social Democrat who spent February 1934 in a cellar in Floridsdorf while the army shelled the workers' flats. What is left in the west, Hanover and the Rhineland and Westphalia, is told it may call itself Germany, and does, in a small voice.

  In London and Paris the maps go into the newspapers the same week, and for the first time the foreign correspondents stop writing about the Red Army and start writing about the Red Empire. Kirov is delighted. {if took_berlin: The army, which has Berlin, is delighted too. | The army, which did not take Berlin, takes Königsberg instead, and is content.}
* (thaelmann) Make one Soviet Germany under Thälmann -> europe_military_rule
  set thaelmann_germany = true
  set trotsky_influence += 10
  set standing_abroad %- 30
  set party_strength += 5
  A Soviet aeroplane fetches him from the airfield at Hanover on the twentieth, in a borrowed suit, four and a half years after the Gestapo took him from a flat in Charlottenburg; he has to be helped down the steps, and then he does not need to be. He asks for the newspapers of the last four years and is given them, and reads them on the flight to Breslau with his lips moving.

  The German Soviet Republic is proclaimed in Berlin on the first of August, from the balcony of the old Royal Palace where Liebknecht proclaimed one in November 1918, and the crowd in the Lustgarten below it is the largest anyone in Berlin can remember, half of it there to cheer and half of it there to see who is cheering. The Communist Party of Germany comes out of the camps and the cellars and the Paris cafés and takes over the ministries, with Soviet advisers at its elbows who have all been told to stay in the next room. {if trotsky_refused: Kun is given a seat on its first Council, and makes a speech. | Trotsky sends a telegram of greetings that is read out before yours.} The foreign ministries of Europe look at a single Soviet Germany of sixty million people and decide, each of them in private, that the question is no longer Poland.
* (neutral) Leave one disarmed Germany to {if german_coup == 2: its civil servants | its generals} -> europe_military_rule
  set standing_abroad %+ 15
  set bukharin_trust += 5
  set army_loyalty -= 5
  set trotsky_influence -= 5
  You initial Litvinov's map under Bukharin's initials, and the army is told that it will go home.

  The treaty is signed in the Oberpräsidium's ballroom on the fourteenth, under chandeliers that the Silesian nobility hung for the Kaiser's visits: the Reich's army limited to a hundred thousand men again, as at Versailles, its air force abolished, its frontiers in the east where they stood in May, an inspectorate of Soviet, French and Czech officers in Berlin to see that it is done. Germany stays one country, and stays in Europe, and is told to govern itself. {if german_coup == 2: Neurath signs, and says at dinner that he has signed this treaty before, in another room, for other people. | Beck signs with a steel pen that he brought from Berlin, and leaves it on the table.}

  In London the Times calls the treaty moderate, a word it has never before used of anything done in Moscow. The French are relieved and say so, and the Czechs are relieved and do not. On Frunze Street the generals read the treaty with the faces of men who have won a war and been told to give it back, and Uborevich, who has his tank corps on the Oder, asks only that the order to withdraw be signed by you personally, so that everybody knows whose order it was.

=== europe_berlin_purge: Berlin, the Wilhelmstrasse, July 1937
There is no armistice to refuse this time, so there is no week of waiting either. The Reich that shot its generals fights as men fight who have been told that surrender is treason and have seen the Bendlerstrasse: the Wehrmacht's divisions hold the line of the Spree because SS detachments stand behind them with the authority to shoot, and use it. The Luftwaffe, which was Göring's before it was Germany's, bombs Breslau and Posen at night and loses forty aircraft doing it.

The city falls in nine days. Your tanks come in from the east along the Frankfurter Allee between tenements with red flags in the windows, which the Gestapo had tried for a week to take down; the Leibstandarte holds the government quarter until it is shelled flat. Göring is not in Berlin to see it. He flew to Munich on the third day with his wife, with eleven lorries of pictures following by road, and from Munich to Rome, where Mussolini has given him a villa and a statement of regret. Himmler is taken by a Soviet patrol in a railwayman's uniform at the Stettin station, trying to get on a train to Hamburg, and identified by his spectacles.

It costs sixteen thousand dead in the city, most of them German, many of them civilians, and the photographs of the government quarter go round the world. In the cellars of the Prinz-Albrecht-Strasse, where the Gestapo had its headquarters, your soldiers find the prisoners who were not shot before the end, among them two hundred men and women from the strike in Altona, and the Berlin workers who come to look at the cellars do not go home quietly.

Two thousand men of the SS are in the cages at Tempelhof, and Himmler is in a cell of his own. The Berlin committees, which came out of the tenements the day your tanks came in, want them.

* (purge_committees) Let the Berlin workers' committees judge them -> europe_german_terms
  set trotsky_influence += 5
  set standing_abroad %- 30
  set army_loyalty -= 5
  The committees judge them in the sports palace in the Potsdamer Strasse, where Goebbels used to speak, before a crowd of twelve thousand, at a rate of about sixty an hour. Himmler is hanged from a lamp post outside the Prinz-Albrecht-Strasse on the second evening. The newsreel cameramen are there, because nobody thought to keep them away, and the film is shown in London a week later with the sound turned off. Your officers, who had been told to keep order in Berlin, stood at the edges of the crowd and watched it, and some of them have written to their wives that they are ashamed.
* (purge_tribunal) Try Himmler and the SS commanders before a military tribunal, and intern the rest -> europe_german_terms
  set executions += 40
  set legitimacy += 5
  set standing_abroad -= 5
  A military tribunal of the Red Army sits for three days in the Prussian Supreme Court in the Kleistpark, with German counsel for the defence and a German translator, and sentences Himmler and thirty-nine commanders of the SS to be shot. You sign the sentences at Tempelhof, on the bonnet of your car. The rest of the prisoners go east by train, to camps in the Urals that had been built for other people.
* (purge_east) Send them all east as prisoners of war, Himmler too, and let the committees go home -> europe_german_terms
  set standing_abroad += 5
  set army_loyalty += 5
  set trotsky_influence -= 5
  The committees are told to go home, and most of them go; your officers, who had been told to keep order in Berlin, are glad to be given orders that are orders. Himmler is put on a train for Moscow in a sleeping car of his own, with two guards and his spectacles, and is said to have asked at Posen whether he would be allowed to keep a diary.

=== europe_military_rule: The occupied zone, summer 1937
{if poland_occupied: Poland {if seen(europe_oder): up to the Oder | up to the Vistula} is yours, with its burnt villages, its Jewish towns waiting to see what kind of Russians these are, and a Catholic church in every square. | Bohemia is an ally, not a conquest, but your divisions are in it, and in Silesia behind it.} {if germany_split: Prussia is yours too, {if poland_occupied: from Stettin to Königsberg, | handed over by the armistice province by province, your trains running north through Saxony to take it,} and the new republic in the south is waiting for its first instructions. | {if goering_truce: Across the Oder the Germans are digging, and so are your men: the truce line runs through the middle of Silesia, and the Swedish major who drew it has gone home. | {if seen(europe_oder): The Germans are waiting to see how long you mean to stay.}}}

Somebody has to govern it by September, and there are three candidates.

The army offers military governors, military courts and a military police
to vet every mayor and schoolmaster, the whole thing answerable to you and
to nobody else. It is quick and it is tidy. It would also, {if trotsky_foreign: Litvinov writes from Paris | Litvinov points out},
make the Red Army the government of half of Europe, and governments
acquire habits.

The Comintern{if trotsky_post == 1:, whose apparatus has outlived three chairmen and means to outlive its newest,} offers local communist governments with Soviet advisers at
their elbows: slower, shakier, and in a few years, perhaps, able to stand by
themselves, so that your divisions can come home to where they are needed.

{if trotsky_refused: There would have been a third offer, of revolutionary committees as in 1920, if the man who would have made it were in Moscow. | {if trotsky_influence >= 20: Trotsky offers{if trotsky_sent_away:, by telegram from Alma-Ata,} revolutionary committees, as in 1920: his people, elected by whoever turns up, answerable to the revolution, which in practice means to him. | Trotsky would offer revolutionary committees, if he had the people to man them. He has not, yet.}}

* Military governors: the army answers for everything -> europe_hungary
  set military_governors = true
  set army_loyalty %+ 20
  set party_strength %- 20
  set legitimacy %- 20
  set standing_abroad -= 5
  The decree makes every district commandant the governor of his district, and the first military court sits a week later {if poland_occupied: in Siedlce, in the hall of the district court, under a crucifix that nobody has thought to take down | in Ratibor, in the hall of the Prussian district court, under a portrait of Hindenburg that nobody has thought to take down}. It tries a {if poland_occupied: Polish | Silesian} schoolmaster for hiding a pistol and a Soviet corporal for stealing a sewing machine, in that order, and sentences them both. The schoolmaster gets five years. The corporal is shot the next morning in the yard, in front of his company, because the governor wants the district to see that the army's law is for the army too, and the district sees it.

  By August there are three hundred military courts {if poland_occupied: between the Bug and the Oder | between the Carpathians and the Oder}, and a military police with the collar tabs of the procuracy that vets every mayor, every schoolmaster and every parish priest who wants to go on saying mass. It is quick and it is tidy and the trains run. The army, which has been given half of Europe to govern, discovers that it likes it. At home the Party secretaries read the decree and see what it means, which is that the Red Army now governs more people than the Party does, and that none of them were asked.
* (comintern) Local communist governments, with advisers -> europe_hungary
  set party_strength %+ 20
  set kirov_trust += 5
  set army_loyalty -= 5
  if not poland_occupied:
    The German party in Silesia, what the Gestapo left of it, comes up out of the mines at Hindenburg and Gleiwitz and out of the camps, thinner, and forms people's councils in the pit towns with Soviet advisers in the next room. They are slow and quarrelsome and they are German, and the miners, who would not speak to a Red Army commandant, will sometimes speak to a man who did three years in Lichtenburg for the same union card. In Moscow the Party, which had been left the Comintern as a widow is left a house, finds that the house has tenants again. The generals, who had expected to govern what they took, are told to take their advice from civilians.
    -> europe_hungary
  The Polish party, which has lived in prisons and in Moscow hotel rooms for fifteen years, comes home. Leński, its general secretary, arrives in Lublin on a Soviet train and makes a speech from the balcony of the town hall to a square that is half curious and half afraid, and by September there are people's councils in forty towns, each with a Soviet adviser in the next room and a Polish communist in the chair who has been told he is in charge and half believes it.

  The councils are slow, quarrelsome and short of everything, and they argue with the advisers about the land, the Church and the Jews, in that order. But they are Polish, and the peasants who would not speak to a Red Army commandant will sometimes speak to a man from the next village who spent six years in the Wronki prison. In Moscow the Party, which had been left the Comintern as a widow is left a house, finds that the house has tenants again; the secretaries who run the fraternal parties have work, and visitors, and opinions. Kirov approves, for his own reasons. The generals, who had expected to govern what they took, are told to take their advice from civilians.
* (revkoms) Revolutionary committees under Trotsky's people -> europe_hungary
  if trotsky_influence >= 20 and not trotsky_refused else "Trotsky has no people to send."
  set revkoms = true
  set trotsky_influence += 15
  set army_loyalty %- 25
  set legitimacy %- 20
  In 1920 there was a Polish Revolutionary Committee that sat in the Branicki palace at Białystok, with Dzerzhinsky and Marchlewski at its table, waiting for Warsaw to fall so that it could govern it, and Warsaw did not fall. Trotsky's committees do not wait. They are elected in town squares by whoever comes, with the Red Army standing at the edges of the square, and they elect the people Trotsky's organisers have proposed, because those are the only names anybody has heard.

  By September there are committees in every town {if poland_occupied: between the Bug and the Vistula | in Silesia and along the Moravian border}, and they govern as committees do: with meetings that go on all night, with enthusiasm, with requisitions, and, in the third week, with a revolutionary tribunal {if poland_occupied: at Chełm | at Oppeln} that shoots eleven landowners and a bishop's secretary before the local commandant can telephone Moscow. The commandants are told not to interfere. Your officers, who took these towns and now stand at the edges of squares being shouted at by men who did not, write to Frunze Street to ask what the army is for, and Frunze Street has no answer that it cares to put in writing. In the west the newspapers print the bishop's secretary's photograph.

=== europe_quiet_front: The frontier station, Negoreloye, June 1937
The Moscow–Warsaw express still stops here for its passports, and you
stand on the platform and watch it go west without you.

{if seen(europe_polish_strike): Rydz-Śmigły's divisions took Lwów back in four days. The strike committee was shot against the wall of the railway workshops; the rifles you sent are on display in Warsaw, with your name on the placard. | In Poland nothing happened, loudly.} Paris did not march, so
neither did the treaty. At a conference in Munich the Czechs were told to
hand Hitler the Sudeten districts, and did; Horthy has taken a slice of
southern Slovakia with Berlin's blessing, and the Slovaks are talking about
a state of their own. The Reich is larger by two countries and a half, and
a year stronger.

Bukharin is relieved and says so, which is brave of him. The Plan has its
year. The factories that were going to make shells can make tractors.

Uborevich says nothing at all in the staff car back to Minsk. {if zhukov_promoted: Zhukov, at the station, salutes you correctly and looks at you as if he were measuring you for something. | Yakir writes to you, privately and with great respect, that next time the generals would like to be told what they are for.}

* (tractors) Put the shell money into tractors, and let the army wait -> europe_hungary
  set bukharin_trust %+ 20
  set army_loyalty %- 20
  set legitimacy += 5
  The money that was to have paid for the summer's shells, four hundred million roubles in the Commissariat's estimates, goes to the tractor works at Stalingrad and Kharkov and Chelyabinsk, and the Stalingrad works, which had been turning out tank hulls on a second line since the spring, turns the line back to tractors in a fortnight. Bukharin goes to Stalingrad himself for the first tractor off the line, and is photographed in its seat, in a cloth cap, grinning, which the peasants who see the photograph like better than anything he has written.

  In the villages that autumn there are more tractors than there have been since the collective farms were made, and the machine-tractor stations have fuel for them, and the harvest is brought in without the army's lorries. The army sees it from the other side. Its shell factories are working half shifts; its exercises for the autumn are cancelled to save fuel; its officers, who were told in March to be ready for a war and in June that there would not be one, are now told that there will not be the money for one either. The General Staff puts it in a memorandum, which you read, and which says, correctly, that an army that is not to be used should at least be told why.
* (tanks) Double the tank programme, and promise the generals the next war -> europe_hungary
  set army_loyalty %+ 20
  set bukharin_trust -= 5
  set standing_abroad -= 5
  You promise it in person, to the Military Council, in the room where Voroshilov used to promise cavalry: the tank programme doubled, the new medium tank that Koshkin's bureau at Kharkov is drawing put into production a year early, and the western command to be ready in 1939, whatever the French do.

  The generals applaud, which the Military Council has not done since it was founded, and go back to their districts with something to tell their officers. Bukharin gets the figures the next morning: the tank works' steel comes out of the same ledger as the rails and the tractors, and he has to choose which of them to cut. He writes you a note that says only: so we have waited for nothing. The foreign military attachés, who count tank hulls for a living, have counted the new line at Kharkov by the end of the month, and say so to their governments in language that the governments pass on to their newspapers.

=== europe_hungary: Your office, the Kremlin, August 1937
Béla Kun has asked to see you every day for a month, and today you let him
in. He is fifty-one, stout, with a voice still made for the balcony of the
Budapest town hall, where he ruled Hungary for a hundred and thirty-three
days in 1919. After that he ran the terror in the Crimea, which is not
mentioned between you. You gassed the Tambov forests in 1921. Neither of you
has clean hands; both of you know it. {if budapest_transmitter: The transmitter you paid for last summer is still on the air from a cellar in Vienna, and he would like you to know that it has listeners.}

{if poland_occupied: Horthy has mobilised, because your divisions stand on the Carpathians and the Regent has read what became of Warsaw. The Hungarian workers have read it too. | {if via_romania: Horthy has mobilised, because your divisions stand in Slovakia, a day's march from his frontier, and the Regent has read what became of Hitler. The Hungarian workers have read it too. | Horthy has his slice of Slovakia and a new friendship with Berlin, and the Hungarian workers have his gendarmes.}} Kun wants a second Hungarian Soviet Republic, and he wants
it this year.

Bukharin's note on the file says: no. {if trotsky_refused: There is no note from Trotsky; Kun has quoted him instead, from 1919, on the first page of his own. | {if trotsky_influence >= 30: Trotsky's says: yes, but made by Hungarians, or it will die like the first. | Trotsky has not written a note, which means he is writing a pamphlet.}} {if trotsky_foreign: Trotsky's own deputies at Kuznetsky Most have drafted a telegram to Horthy, polite and unmistakable, and sent it up without his initials. | Litvinov has drafted a telegram to Horthy, polite and unmistakable.} And {if nkvd_absorbed: the army's security directorate, which has the old NKVD's files, | the NKVD} has
sent a file on Kun himself, thick, which it suggests you read.

* Send Yakir's corps into Hungary, and give Kun his republic -> europe_london
  if poland_occupied or via_romania else "The army stands nowhere near Hungary."
  set hungary_soviet = true
  set trotsky_influence += 10
  set standing_abroad %- 30
  set army_loyalty += 5
  Kun weeps when you sign it, which you had not expected, and then asks for a pen of his own so that he can sign it too, which you had.

  {if poland_occupied: Yakir's cavalry go over the Carpathians by the Verecke pass, where the Magyars came into Hungary a thousand years ago, and the Hungarian frontier battalions in the pass fight for a day and a night and are then taken from behind by a tank brigade that came round by Uzhok. | Yakir's corps cross the Danube from Slovakia at Komárom on pontoons, under the guns of the old Habsburg fortress, which has not fired them since 1849 and does not fire them now.} Horthy's army is seven divisions and a great deal of cavalry, and it fights bravely on the Tisza for three days, because it was told that the Bolsheviks of 1919 were coming back, and they are.

  On the fifth day the Regent leaves Budapest from the airfield at Mátyásföld in his admiral's uniform, for Rome, where Mussolini is beginning to keep a collection. The workers of Csepel are in the streets of the capital before the first Soviet armoured car is, and they have rifles that came from somewhere. On the seventh day Béla Kun stands on the balcony of the town hall where he stood in March 1919, eighteen years older and three stone heavier, and proclaims the Hungarian Soviet Republic again to a square that is full from the Danube to the Kálvin tér. He speaks for an hour and a half. He has been preparing the speech, he tells you afterwards, since August 1919.

  In Belgrade and Rome and Bucharest the general staffs draw new lines on their maps. Yugoslavia mobilises two classes. The Italian papers call it the second Bolshevik invasion of Christian Europe in a year, and the British papers, which had almost got used to Poland, find that they cannot get used to Budapest, and print photographs of the Tisza bridges.
* (telegram) Send the telegram to Horthy, and leave Budapest to the Hungarians -> europe_london
  set standing_abroad += 5
  set bukharin_trust += 5
  The telegram goes at noon. Horthy answers it at four, in a telegram so correct that Litvinov has it framed, and Kun leaves your office without shaking your hand.
* (watch) Thank Kun, and ask {if nkvd_absorbed: the security directorate | the NKVD} to keep an eye on him -> europe_london
  set nkvd_loyalty += 5
  set trotsky_influence -= 5
  set party_strength -= 5
  Kun thanks you back, and goes out past the anteroom, where a young man in a grey suit gets up to follow him at a polite distance and will do so, now, for as long as Kun lives.

=== europe_dispatches: The dispatch room, the Kremlin, late October 1937
{sequence: The world has had seven months to make up its mind about you, and it has divided along the usual lines, only more so. The parties that live on Soviet money have decided you are a hero of the revolution. The parties that do not have decided you are its gravedigger. The governments have decided you are a Russian general, which frightens them more than either. A major from military intelligence sorts the cables into four folders every morning, because {if nkvd_absorbed or intelligence_taken: what used to be the NKVD's foreign department answers to the army now | the NKVD's foreign department no longer sends its cables anywhere else first}, and he would like you to know he is thorough. | The major has sorted the morning's cables into the folders that are left. | The teleprinters in the next room go on chattering. Europe is still there. | The major has brought in more tea and fewer cables. | The major has put the folders you have read in a drawer, and waits to be told to put the rest there too. | The cables have stopped for lunch.}

{if washington_campaign: {sequence: | The Washington folder is fatter than yesterday's: the American newspapers are printing the scandals your people wrote. | The American papers have a new scandal this morning, and you know who wrote it. | The Washington folder has had to be split in two. | A Senator has demanded an inquiry into a scandal your people invented on Tuesday. | The American papers have begun to print scandals nobody in Moscow wrote, which is how you know it has worked.}}
{if spain_split_funded: {sequence: | The Madrid folder has a receipt in it. | The breakaway party in Madrid has sent its thanks, and an estimate for next month. | The Madrid folder has a second receipt in it. | Madrid has sent a photograph of your photograph, on the wall in Valencia. | The Madrid folder has a third receipt in it, larger.}}

* Madrid: the coalition -> europe_spain
* Yan'an: the Chinese party -> europe_china
* New York: the American party -> europe_america
* Washington: the President -> europe_washington
+ Put the folders away -> europe_autumn
  if visits(europe_dispatches) >= 3 else "Read at least two of them first."
otherwise -> europe_autumn

=== europe_spain: The Madrid folder
The Spanish Communist Party was the second party of the coalition that
has governed Madrid since it beat the generals' rising last summer. Its
Central Committee condemned your coup in March, in a resolution that used
the word Bonapartist four times. {if poland_occupied: After Warsaw they used it eleven times. | {if seen(europe_oder): After Breslau they used it nine times. | After the Munich business they added that you were also a coward.}} A large part of the membership disagreed with the Central
Committee, walked out of the hall in Valencia, and founded a party of its
own with your photograph on the wall.

The coalition has lost its majority for the first time since the war.
There will be elections in December. The liberals and the centre-left
are going to win them, everyone says, and keep the far left out of the
government, and announce a foreign policy of neutrality, which in Spain
this year means: less Moscow.

The breakaway party's delegate is in the anteroom, with a list of what
it needs. The old Central Committee has sent a letter asking you to stop
him.

* (spain_fund) Pay the breakaway party: at least it is yours -> europe_dispatches
  set spain_split_funded = true
  set army_loyalty += 5
  set standing_abroad -= 5
  The delegate goes away with a letter of credit on the Banque Commerciale pour l'Europe du Nord, and the photograph in Valencia is reframed. On Frunze Street nobody minds the money: the party that asked for it is the one with your face on its wall.
* (spain_unity) Tell both factions to hold the coalition together -> europe_dispatches
  set standing_abroad += 5
  set party_strength += 5
  The telegram goes to both, in the same words, signed by the Comintern and not by you, and the Party's men who run the fraternal parties are given a task they know how to do. In Madrid the old Central Committee reads it as a victory and the breakaway party as a betrayal, and the liberals, reading it in the newspapers, are surprised to find Moscow asking for moderation.
otherwise -> europe_dispatches

=== europe_china: The Yan'an folder
The Japanese crossed the Marco Polo Bridge outside Peking in July, and
Shanghai has been burning since August. Chiang has made a truce with the
Chinese party against them that neither side believes in.

The Chinese party's leaders have sent a man the long way round, through
Urumqi and Alma-Ata, with a letter. With the men who pushed them into Chiang's
arms gone from Moscow, they write, the old bonds can be renewed; they ask for money, rifles and
advisers, and they ask soon. They have been losing to Chiang since before
the Long March, and now they are losing to the Japanese as well.

The military attaché in Lanzhou adds what the letter leaves out. The
rank and file in the northwest were raised on distrust of Moscow; when the
leaders turned back towards it, whole units walked out and elected their
own commanders. The party has split in two, in front of two enemies who do
not need to be told twice. Chiang's divisions, which are supposed to be
holding the Japanese in Shanxi, are moving on the border region instead.

There is another way to spend the money. In Xinjiang the governor Sheng
Shicai takes Soviet advisers and Soviet rifles and asks no questions, and in
Mongolia the Red Army is already at home, with the Kwantung Army on the far
bank of the Khalkha, watching.

* (china_yanan) Send the money to Yan'an, late as it is -> europe_dispatches
  set trotsky_influence += 5
  set standing_abroad -= 5
  The gold goes by lorry from Alma-Ata along the Urumqi road, with forty instructors and a radio set, and takes six weeks. Chiang's ambassador, who has been asking Moscow for aircraft against the Japanese, asks instead why Moscow is arming his enemies in the middle of his war.
* (china_west) Put it into Xinjiang and Mongolia instead -> europe_dispatches
  set army_loyalty += 5
  set standing_abroad += 5
  set trotsky_influence -= 5
  Sheng Shicai gets his rifles and a regiment of advisers, and the Mongolian front gets two tank brigades and a new airfield at Tamsag Bulak. Chiang's ambassador is told, truthfully, that none of it will reach the Chinese party, and sends Moscow a note of thanks that his government publishes.
otherwise -> europe_dispatches

=== europe_america: The New York folder
The Communist Party of the United States announced its allegiance to the
Grand Marshal within a week of the coup, which surprised nobody who knew
where its money came from. It then expelled everybody who disagreed. The
folder contains the list: four hundred names in the first month, trade
unionists, poets, a man in Detroit who had been a member since 1919, and
the whole of a branch in Minneapolis that had only just finished expelling
the Trotskyists.

Browder cables to ask whether the purge should go on, and hopes the
Marshal is pleased.

The embassy in Washington adds that the Progressives in Congress, who
until this year would stand up in the House to defend the Soviet Union,
have become cautious, and that the Socialists are holding meetings in
every city to say that your coup proves what they always said: that the
Leninist state betrays the working class as soon as it has a working class
to betray.

* (america_purge) Thank Browder, and send him the money he asks for -> europe_dispatches
  set nkvd_loyalty += 5
  set standing_abroad -= 5
  The money goes through Amtorg in New York, which the American papers have been photographing since March, and the foreign department that runs it is pleased to be trusted with more. The next list from Browder is six hundred names long, and the Progressives in the House read it aloud in the debate on the neutrality bill.
* (america_stop) Tell Browder to stop expelling people -> europe_dispatches
  set standing_abroad += 5
  set trotsky_influence += 5
  Browder stops, and cables to ask whether he may readmit anyone. Some of the four hundred come back; more of them join the Socialists, and a few the little party of Trotsky's American followers, which announces the news in a pamphlet.
otherwise -> europe_dispatches

=== europe_washington: The Washington folder
The President condemned the coup in March without a single qualifying
clause, and has used it ever since as proof that the United States cannot
trust the Soviet Union and must keep to its strict neutrality. {if seen(europe_oder) or poland_occupied: The war in Europe has written his speeches for him. | He has not had to say much more.}

He is under attack from two sides. The anti-war meetings want him further
from Europe still; the anti-communist papers want him to find the
communists in his own government. His Attorney General has been told to
look for them among federal employees and nowhere else. A bill to revive
the old sedition laws is being whispered about in the House, and the
President is said to call it unconstitutional and dangerous, and to mean
it.

The folder's last paper is not a cable. It comes from {if nkvd_absorbed or intelligence_taken: the foreign department your staff took over from the NKVD | the NKVD's foreign department}: a plan to feed the American
press a season of invented scandals, forged leaks from his departments and
rumours of stolen ballot boxes, so that a President busy at home will have
no time for Europe. It will cost less than one tank regiment.

* (washington_yes) Approve the campaign -> europe_dispatches
  set washington_campaign = true
  set nkvd_loyalty += 5
  set standing_abroad %- 30
  You initial the last page, and the major of military intelligence takes it away as carefully as if the ink might run.

  It begins within the fortnight, in small papers first: a forged letter from an Assistant Secretary of the Treasury to a bootlegger in Chicago, a photograph of ballot boxes in a river in Kansas City that was taken in a river near Odessa, a memorandum on War Department paper about a plan to call out the army against the steel strikers that nobody in the War Department wrote. The large papers pick it up a week later, because the small papers have it. A Senator from Montana makes a speech. The President's press secretary spends a morning denying things that were not true, which only makes them better known.

  It works as such things work, for a while. The President has less time for Europe in November than he had in October. But the men in Washington whose business it is to know where letters come from have begun to compare the typewriters, and the embassy on Sixteenth Street notices, in the second week, that it is being followed.
* (washington_no) Tear the plan up -> europe_dispatches
  set standing_abroad += 5
  set nkvd_loyalty -= 5
  You tear it across twice, and give the pieces back to the major, who takes them with the face of a man who will be asked about this by his own superiors.
otherwise -> europe_dispatches

=== europe_london: The Kremlin, the Senate building, October 1937
Baldwin retired in May, and the Conservatives, who had not expected to
need Churchill, found they needed him. In September he asked the King for
a dissolution and went to the country on one thing only, and the one thing
was you. {if poland_occupied: He holds up a map of Poland at every meeting, with the Soviet colour painted in by hand. | He speaks of a Red Army larger than all the armies of Europe put together, which is nearly true, and of what it will do next, which is not yet known.} {if war_on: The war on the Oder is his best speech: every week it goes on, he tells the halls, is a week in which the Red Army learns to fight the next one, against Britain. | {if took_berlin: He has the newsreel of your tanks in Berlin shown before he speaks, and does not need to say much after it.}} Polling day is Thursday the twenty-eighth.

Maisky cables every evening from the embassy in Kensington Palace Gardens. The country is not sure, he says. It signed the Peace Ballot two years ago, eleven million of it; it does not love Bolsheviks and it does not want a war. Attlee's Labour Party and Sinclair's Liberals are telling it that Churchill wants one, and Churchill is telling it that you do. What would settle it, Maisky writes, is something solid from Moscow before polling day: something a British voter can read in his morning paper and believe.

* (london_guarantee) Give Maisky a frontier guarantee, in writing: not one Soviet soldier west of where the armies stand
  set london_offer = true
  set standing_abroad %+ 15
  set army_loyalty -= 5
  The guarantee is four sentences long, and you draft it yourself so that nobody can say a diplomat softened it. The Union of Soviet Socialist Republics will not move its forces west of the line on which they stand on the first of October; it will reduce them, by agreement, as the others reduce theirs; it asks for nothing in return but to be believed.

  Maisky takes it to the Foreign Office himself, and then, which was not in his instructions, to the offices of the Daily Herald and the News Chronicle, and it is on their front pages the next morning under headlines of a size usually kept for royal weddings. Churchill calls it a scrap of paper at a meeting in Epping that evening, and the hall laughs, and the newspapers notice that it is the first time in the campaign that he has had to answer you instead of the other way round. Attlee reads the text aloud at Limehouse Town Hall, slowly, twice.

  On Frunze Street the General Staff reads the same four sentences in Pravda and understands that the Marshal has promised the British, in public, that the army will not move. Uborevich asks, through the proper channels, whether the General Staff is to take its orders in future from the Daily Herald.
* (london_naval) Offer a naval agreement: the Baltic Fleet held at a third of the Royal Navy's strength in northern waters
  set london_offer = true
  set standing_abroad += 5
  The Admiralty has wanted exactly this since 1935, when it gave Hitler the same terms for the German fleet, and it says so in a memorandum that reaches the Times within the day. The British like a treaty about ships; they understand ships. The fleet's commanders in Leningrad, who have been promised new battleships since 1936, understand it too.
* (london_nothing) Give London nothing: let Pravda answer him
  set standing_abroad -= 5
  set legitimacy += 5
  Pravda's leader the next morning calls him the butcher of Gallipoli and the hangman of the Irish, and is reprinted in every Conservative newspaper in England under the heading: Moscow chooses.
* (london_silence) Say nothing at all, and let the British make up their own minds
  Maisky is told that the Soviet government does not interfere in the elections of other countries, which he passes on with a straight face, and which nobody in London believes for a moment.

// Churchill loses when London has been given something it can believe and
// the map does not frighten it more than Churchill does.
if london_offer and standing_abroad >= 25 and not took_berlin and not hungary_soviet and not thaelmann_germany:
  set churchill_lost = true

else if standing_abroad >= 40 and not poland_occupied and not took_berlin and not hungary_soviet:
  set churchill_lost = true

if churchill_lost:
  The cable comes at six in the morning on the twenty-ninth, and Maisky has allowed himself an adjective. The National Government has lost a hundred and forty seats. Labour is the largest party in the House of Commons by nine, and Sinclair's Liberals, who have twenty-eight, have said they will support it on foreign policy; Churchill holds his own seat at Epping, and nothing else. On the first of November Attlee goes to the Palace, a small bald man in a bowler hat, and comes out Prime Minister, and that afternoon Dalton is at the Foreign Office, where the permanent officials meet him with the faces of men who have been told to expect the worst and are waiting to see which part of it.

  Nobody in Britain voted for Moscow. Maisky is careful to say so. They voted against a war, and Churchill had told them the war was with you, so they voted, in their fashion, for you not to have one. Dalton's first telegram to the embassy is two lines long: the new government would welcome an early conversation about the situation in Europe.

  * (london_cable) Cable Maisky your congratulations for Mr Attlee, and say that the conversation would be welcome
    set standing_abroad += 5
    The telegram is drafted three times, because the Commissariat has never before had to congratulate a British Prime Minister and mean it.
  * (london_wait) Have the embassy send the usual note, and let London make the first move
    The usual note goes, and is received with the usual thanks, and Dalton tells the House in his first speech that he has been answered correctly.

else:
  Maisky's cable gives the result in one line: a Conservative majority, a landslide, and foreign policy the only topic anyone discussed. The Prime Minister's first speech in the new House calls the Soviet Union "an armed doctrine under a general's cap", and the House, which has two hundred new members who were elected to hear him say it, cheers him for a full minute.

  Maisky, who knows Churchill and has drunk his brandy, thinks that he can still be talked to, privately, by a man who offers him something solid.

  * (london_maisky) Send Maisky to Downing Street privately, with what he asks for
    set standing_abroad += 5
    set army_loyalty -= 5
    Maisky goes in by the garden door, and is given an hour and a glass of brandy and a great many questions about the Red Army's tank doctrine, which Churchill turns out to have read. He comes away with nothing signed and the impression, which he reports, that the Prime Minister would rather fight you than anybody else, and would rather not fight at all.
  * (london_pravda) Let Pravda answer him
    set standing_abroad -= 5
    set legitimacy += 5
    Pravda answers him in a leader that the Moscow factories read aloud in the dinner hour, and that London reads in translation the next morning, under the heading it has been waiting for.

-> europe_winter_line if war_on
-> europe_dispatches

=== europe_autumn: Red Square, 7 November 1937
The twentieth anniversary of the Revolution, and snow on the tribune of
the Mausoleum before the bands have finished tuning. Below you the tank
columns wait along the Historical Museum with their engines running, and the
exhaust hangs over the square in a blue sheet.

if germany_split:
  The newsreels have been showing the map all week: the Soviet colour on Prussia, a new colour for the republic in Vienna, and the German rump in the west like something left on a plate.
else if thaelmann_germany:
  Thälmann stands on the tribune in a borrowed coat, the head of a German Soviet Republic, and the crowd cheers him louder than it cheers you.
else if goering_truce:
  The newsreels show the Oder and the truce line along it, and do not show the men dug in on the other bank.
else if seen(europe_german_terms):
  The newsreels show the treaty being signed under the chandeliers at Breslau, and the tank columns coming home over the Oder bridges.
else if poland_occupied:
  The newsreels show the Vistula and the line along it, and do not show who drew the other half.
else:
  The newsreels show the harvest and the tank parks, and the Reich's new frontiers are not mentioned.
{if hungary_soviet: Kun is in Budapest, and sends a telegram of greetings that is read out over the loudspeakers.} {if military_governors: Your governors in the west have sent delegations of grateful peasants, chosen with care.} {if revkoms: Trotsky's committees have sent a delegation too, with a banner nobody on the tribune has approved.}

There is room on the tribune for the three of you, and there is room for
one man in the middle.

* (alone) Take the salute alone, at the centre of the tribune
  set army_loyalty += 5
  set kirov_trust -= 5
  set bukharin_trust -= 5
  Kirov and Bukharin stand a pace behind you, where the protocol department has put them, and the newsreel cameras, which have their instructions, find only one face. The tank columns dip their pennants to it as they pass.
* (three) Stand between Kirov and Bukharin, and let the cameras see three
  set kirov_trust += 5
  set bukharin_trust += 5
  set army_loyalty -= 5
  You make room for them at the parapet, and the cameras see three men in overcoats, and so do the tank commanders going past below. The commanders had been told they would dip their pennants to the Grand Marshal; they dip them to a committee, and say so afterwards in the mess.

-> europe_london_talks if churchill_lost
-> reckoning

=== europe_london_talks: 10 Downing Street, November 1937
Maisky reports it the same night, in a cable so long that the cipher clerks work till morning. He was received in the Cabinet Room, with its long table and its boat-shaped lamps, by the Prime Minister, the Foreign Secretary and Sir Robert Vansittart of the Foreign Office, who took no notes and forgot nothing. Attlee said very little, in short sentences, and smoked his pipe. Dalton did the talking, in a voice built for the House of Commons, and was, Maisky writes, friendly in the way of a man who knows that his friendship is a thing he can sell.

{if war_on: Britain offers to mediate between Moscow and Berlin: an armistice on the Oder, a conference in London in the spring, and the Royal Navy to see that both sides keep it. | Britain is prepared to recognise the new frontiers of Europe, or most of them, in a treaty, with credits for Soviet orders in British factories and a conference in London in the spring.} For this it wants three things, which Dalton counted off on his fingers. {if germany_split: A withdrawal from Prussia, which is to be given back to Germany, whatever Germany is by then. | {if poland_occupied: A withdrawal from Poland to a line the Poles can be persuaded to live with, and a Polish government in Warsaw that is not appointed by a Soviet commandant. | {if via_romania: A withdrawal from Slovakia and Silesia, and the Czech frontiers of 1936 guaranteed by everyone. | A Soviet signature under the frontiers of Central Europe as they now stand, which is to say as Hitler left them.}}} The Red Army cut by a third over two years, under inspection. And an end to the money that goes from Moscow to the parties abroad.

"He asked me," Maisky writes, "whether the Marshal was the kind of man who could be a statesman, or only the kind who could be a general. I said I would ask you."

* (talks_yes) Tell Maisky to begin, and to accept all three in principle
  set london_talks = true
  set standing_abroad %+ 15
  set army_loyalty -= 5
  You dictate the telegram to Maisky yourself, and it is shorter than Dalton's fingers: the Soviet government accepts the three points as a basis for negotiation, and asks only that the conference meet in the new year.

  The news is in the London papers within two days, because Dalton cannot keep a good thing quiet, and in the Paris papers within three. In Warsaw and Prague the exiles and the governments read it with the faces of men watching a door open that they had thought was a wall. The Foreign Office's lawyers begin to draft, and the drafting is slow, because it is the first treaty of its kind and nobody has a precedent for recognising a revolution that has just won a war.

  On Frunze Street the generals read the second of the three points and add up the numbers. A third of the Red Army over two years is a million men, and ten thousand officers, and most of the officers are sure that they know which ten thousand. The General Staff sends you its estimate of what the cut would mean, district by district, with the names of the formations it would disband, and does not add a covering note.
* (talks_terms) Tell Maisky to begin, and to say nothing yet about the army
  set london_talks = true
  set standing_abroad += 5
  Maisky begins, and says nothing about the army, and Dalton notices that he is saying nothing, and says so in a friendly way at the second meeting.
* (talks_no) Thank Mr Attlee, and decline
  set standing_abroad -= 5
  set army_loyalty += 5
  The note of refusal is very polite, and Dalton reads it to the House of Commons, which is not. The generals on Frunze Street hear that the Marshal was asked to cut the army by a third and said no, and they drink to it.

-> reckoning

// The war that does not end (fork F4, when the generals never move or the SS
// beats them and the Marshal digs in): three scenes in place of the terms,
// military rule, Hungary, the dispatches and the parade.

=== europe_long_war: Front headquarters on the Oder, August 1937
{if german_coup == 2: The Reich that shot its generals has found that it can fight without them. | The Reich whose generals did not move has found that it does not need to be saved.} Breslau holds. The Wehrmacht has made a fortress of it in six weeks, the way the French made a fortress of Verdun, with the old Prussian forts of the ring at the edge of the city and new concrete in the suburbs, and every attack on it since the first of July has cost a division and gained a street. North of the city the line runs along the Oder to Glogau and south of it into the Silesian hills, and both sides have begun to dig, which is how a war says that it has decided to be a long one.

The Luftwaffe comes over Minsk at night. It does not do much damage, because it has not many bombers and Minsk is a long way from its airfields, but it comes every night, and the people of Minsk sleep in the cellars and the people of Moscow read about it. The hospital trains go east through Smolensk full and come back empty. {if seen(europe_vistula): The forty thousand dead of June have become ninety thousand by August. | The dead of the Bohemian passes have been joined by the dead of Silesia, and the casualty lists are no longer printed.}

Uborevich wants to go round: an autumn offensive north through Pomerania to the Baltic at Stettin, to cut Berlin off from the sea and Breslau from Berlin. Yegorov wants to stand: build a winter line on the Oder, train the reservists and wait for the spring and the new tanks. {if trotsky_refused: From abroad, the Bulletin of the Opposition proposes, at length, an appeal over {if german_coup == 2: Göring's | Hitler's} head to the German working class; the German working class is not yet in a position to reply. | {if trotsky_influence >= 25: Trotsky proposes an appeal over {if german_coup == 2: Göring's | Hitler's} head to the German workers, with leaflets and the radio, and says it at such length that the others begin to look at their watches. | The Comintern proposes leaflets.}} Kollontai telegraphs from Stockholm, where she has been ambassador for seven years and has read every newspaper in Europe, that the Swedes would carry a message to Berlin if there were one to carry.

* (war_offensive) Order Uborevich's autumn offensive: through Pomerania to the Baltic
  set army_loyalty += 5
  set legitimacy -= 5
  set standing_abroad -= 5
  The offensive goes in on the fifteenth of September, after a bombardment that the men who heard it say they heard in their teeth. For nine days it goes as Uborevich said it would: the tank corps break through north of Landsberg and go west across the sandy Pomeranian heath faster than the German reserves can be brought up by rail, and on the twenty-fourth a reconnaissance battalion sees the Baltic from the dunes near Stolp and sends back a bottle of sea water, which is put on your desk.

  Then the autumn rains begin, a fortnight early, and the tanks sink to their hulls in the heath, and the German counter-attack comes in from Stettin against the flank of a corridor sixty miles long and twelve miles wide. It takes three weeks to get out of it. The bottle of sea water stays on your desk, where the staff officers who come in with the casualty figures can see it. The army does not blame you for the offensive; it had asked for it. It blames you for the rain, a little, as armies do.
* (war_defence) Build the winter line on the Oder, and wait for the spring
  set army_loyalty -= 5
  set bukharin_trust += 5
  The army digs a line three trenches deep from the Baltic to the Carpathians, with the new anti-tank guns in the second trench and the reservists in the third, and learns for the first time since 1917 what it is to live underground.
* (war_appeal) Appeal over the Reich's head to the German workers: leaflets, and the radio
  set trotsky_influence += 5
  set standing_abroad -= 5
  The leaflets go over the line by the million, in shells and from aircraft, and the Comintern's German service broadcasts every night from Minsk. In Hamburg the Gestapo arrests three hundred people for listening to it, and the appeal is read out at their trials.
* (war_swedes) Let Kollontai ask the Swedes what Berlin would take
  set standing_abroad += 5
  set army_loyalty -= 5
  Kollontai's answer comes in a week, in her own French: Berlin will talk when the Red Army is behind the Bug, and not before. It is the answer you expected. The army hears that you asked, which it did not.

-> europe_home_front

=== europe_home_front: Moscow, September 1937
set rationing = true
The ration cards that were abolished in 1935 are printed again in August, on the same presses, and the Moscow housewives, who kept the old ones in a drawer because they have learned to keep everything, compare the two. Bread is not short yet. Meat is, and sugar, and soap, and everything that comes by railway, because the railways are carrying the war.

Bukharin's letter is on the blotter when you come in. It is addressed to the Council of People's Commissars and it is two pages long, in his small neat hand, and it resigns his post at Gosplan because, it says, he cannot plan an economy for a war whose purpose has not been explained to him. Nobody has seen it but you. He will give it to Pravda, he writes, on Monday.

And Kirov's Congress, which has sat in permanent session since the war began, has passed a resolution of one sentence, moved by a delegate from the Putilov works and seconded by a collective-farm chairman from Tambov: that the Congress of Soviets requests the Chairman of the Council of People's Commissars to inform it what the war with Germany is for. {if kirov_trust >= 50: Kirov sent you the text the night before, with a note saying he could not stop it and did not try. | Kirov did not send you the text. You read it in Izvestia, like everybody else.}

* (home_keep) Refuse Bukharin's resignation, and give him the war economy and the ration cards to run
  set bukharin_trust %+ 20
  set legitimacy -= 5
  You drive to Gosplan yourself and put the letter on his desk unopened, which is the way it was delivered to you.

  He reads it again while you watch, as if somebody else had written it. Then you tell him what you have to offer: not an explanation of the war, which you do not have in a form he would accept, but the whole of the war economy, the cards, the railways, the factories, with the army's supply directorate answering to him and not the other way round. Nobody since Rykov has had so much of the country in one office. "You are asking me to ration bread," he says, "so that you can go on not explaining." You tell him that you are asking him to ration it fairly, because he is the only man in the government whom the queues will believe.

  He takes it. He does it well, which you had known he would; within a month the cards are honoured in every town in European Russia, the factory canteens are feeding the night shifts, and the speculators in the Moscow markets are being fined instead of shot. The queues are long and they are quiet. The country has been rationed before and knows how to stand in line; what it notices is that the man who has come back to run the lines is Bukharin, and that the Marshal needed him.
* (home_accept) Accept his resignation, and give Gosplan to the army's economists
  set bukharin_trust %- 20
  set army_loyalty += 5
  set party_strength -= 5
  You accept it in a line, and send the line to Pravda yourself on Sunday, so that his letter, when it appears on Monday, answers nothing.

  Gosplan goes to the chief of the army's supply directorate, a competent corps commander with a gift for railway timetables, and the cards are printed on his orders and distributed by his officers, who are very efficient and very rude. Bukharin goes home to his flat in the Kremlin and then out of it, to a dacha at Skhodnya, where he writes, and draws, and receives no visitors who are not followed.

  The country sees the corps commander's name on the ration cards and draws the conclusion that the war is the army's war, which it is. The army is pleased to have the economy, and less pleased, within a month, to be blamed for the queues.
* (home_congress) Go to Kirov's Congress and answer the question yourself
  set kirov_trust += 5
  set legitimacy += 5
  set army_loyalty -= 5
  You go to the Great Kremlin Palace without notice, and Kirov, in the chair, gives you the floor at once, which he need not have done.

  You tell them what the war is for. You tell them about the folder on the staircase and what was in it, and that a government that would do that to its own army would do it to its own country, and that the Reich on the Oder is the same thing in another language; that the war is for the Union not to be attacked in 1939 by a Reich twice the size; that you did not want it to last this long and do not know how much longer it will last. You do not tell them it will be over by Christmas. The delegate from the Putilov works asks whether the Marshal will give the Congress the casualty figures, and you give them, there, from the rostrum: one hundred and forty thousand dead since March.

  The hall is very quiet. Then it applauds, not for long, and it is the first applause you have ever had from that hall that nobody started. The generals in the front rows, who heard the Marshal read the army's dead to a room full of civilians, do not applaud.

-> europe_london

=== europe_winter_line: The Oder, near Brieg, 7 November 1937
The twentieth anniversary of the Revolution, and there is no parade on Red Square this year, because the tanks that would have paraded are here, dug in to their turrets along the Oder with the snow drifting into the gun slits. {if german_coup == 2: Across the river Göring's Reich keeps its own anniversary, of the Bendlerstrasse, with loudspeakers. | Across the river the Reich keeps its own silence, broken twice an hour by a loudspeaker that plays Strauss waltzes.} The front froze on the first of the month, and both armies have settled into it like men who have been told that they will be spending the winter in the same house.

You have come to the line for the anniversary, because it seemed wrong to stand on the tribune of the Mausoleum with the army in Silesia. A rifle division of the Moscow district holds this stretch. Its men are from Tula and Ryazan, most of them, peasants' sons in their second year of service, and they have been on the Oder since June; they have built their dugouts in three layers of logs and named them after the streets of their home towns. {if rationing: Their letters from home are about the ration cards. | Their letters from home are about the price of boots.} {if war_on and army_loyalty >= 60: They are glad to see you, in the way soldiers are glad to see a general who has come to the front, which is to say that they want something. | They watch you walk the trench with the look soldiers give a general who has come to the front, which is to say that they are counting his escort.}

The divisional commander, a Civil War man with a face like a walnut, asks you the question that the whole army is asking, and asks it as a soldier asks: not what the war is for, but when it will end.

* (line_spring) Tell him: in the spring, with the new tanks
  set army_loyalty += 5
  He writes it down, and so, you notice, does his commissar, and by the New Year it is being repeated in every dugout on the Oder as the Marshal's promise.
* (line_truth) Tell him that you do not know
  set legitimacy += 5
  set army_loyalty -= 5
  He nods, as if that were the answer he had expected, and shakes your hand, and does not ask again. The men who heard it tell the others that the Marshal did not lie to them, which is a kind of comfort and not the kind they wanted.
* (line_terms) Tell him that you are going to look for terms
  set army_loyalty -= 5
  set bukharin_trust += 5
  set standing_abroad += 5
  He says nothing at all. His men, when they hear it, are glad and then ashamed of being glad, and then angry with whoever made them ashamed. In Stockholm Kollontai is told to try again.

-> europe_london_talks if churchill_lost
-> reckoning
