// Chapter five: the map of Europe. March to November 1937.
// The Czech crisis, the march into Poland or the refusal to march, the war
// with the Reich and the splitting of Germany, military rule over the occupied
// lands, Hungary, and the world's answer: Spain, China, the American party,
// Churchill, the American president.
// Opens at europe_map_room (September 1936, where chapter four leaves the
// Marshal); every path hands on to reckoning (chapter six).
// Sets the shared flags poland_occupied and germany_split.

// Flags of this chapter. Chapter six (same writer) reads several of them.
flag winter_army          // the western districts spent the winter of 1936-37 on a war footing
flag winter_underground   // the winter went on rifles and organisers for the Polish underground
flag winter_treaties      // Litvinov spent the winter on Paris and Prague
flag via_romania          // the army reached Prague through Romania, not Poland (read in ch 6)
flag took_berlin          // the army refused the armistice and entered Berlin (read in ch 6)
flag thaelmann_germany    // one Soviet Germany under Thaelmann, not a split one (read in ch 6)
flag military_governors   // the occupied lands are ruled by army governors (read in ch 6)
flag revkoms              // Trotsky's revolutionary committees govern the occupied lands (read in ch 6)
flag hungary_soviet       // the army set up a second Hungarian Soviet Republic (read in ch 6)
flag spain_split_funded   // Moscow paid the Spanish breakaway party
flag washington_campaign  // the forged American scandals were approved (read in ch 6)

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
* (winter_underground) Spend the winter on the Polish underground -> europe_council
  set winter_underground = true
  set trotsky_influence += 5
  set standing_abroad -= 5
* (winter_treaties) {if trotsky_foreign: Have Litvinov work Paris from his embassy, and Prague from a sleeping car, to make the treaties mean something | Send Litvinov to Paris and Prague to make the treaties mean something} -> europe_council
  set winter_treaties = true
  set standing_abroad += 10
  set army_loyalty -= 5

=== europe_council: The map room, People's Commissariat of Defence, Frunze Street, 14 March 1937
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

{if trotsky_foreign: Trotsky sits at the table as People's Commissar for Foreign Affairs, with Litvinov's files in front of him, and has not opened them. "Arm the Polish workers," he says, "and let them open the door from the inside. That is not a march. That is a revolution." | {if trotsky_influence >= 30: Trotsky sits at the end of the table rather than at it. He has said his piece about 1920 once and does not repeat it. "Arm the Polish workers," he says, "and let them open the door from the inside. That is not a march. That is a revolution." | Trotsky is not at the table. His memorandum is: arm the Polish workers and let them open the door from the inside. A footnote quotes what he told Lenin in 1920.}}

{if trotsky_foreign: Litvinov, called up from Paris for the day and seated below his successor, has said nothing for twenty minutes, which for Litvinov is a speech. | Litvinov has said nothing for twenty minutes, which for Litvinov is a speech.} Bukharin has sent a note from Gosplan: one month of war costs a year
of the Plan. {if kirov_trust >= 50: Kirov looks at the pins and then at you, as he did across the green baize in February of last year. "Whatever we do, we do it before summer." | Kirov looks at the pins and not at you. "Whatever you do, Marshal, do it before summer."}

* Send Warsaw an ultimatum: passage for the army, or war -> europe_ultimatum
* Arm the Polish strikers and let Poland open from the inside -> europe_polish_strike
* {if trotsky_foreign: Let Kuznetsky Most work the treaties with Paris and Prague | Let Litvinov work the treaties with Paris and Prague} -> europe_litvinov

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
  set standing_abroad -= 10
  set army_loyalty += 10
  set bukharin_trust -= 10
* Take the refusal, and ask Bucharest instead -> europe_bucharest
  set army_loyalty -= 5
* Withdraw the ultimatum and give the file back to {if trotsky_foreign: Kuznetsky Most | Litvinov} -> europe_litvinov
  set army_loyalty -= 10
  set standing_abroad += 5

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
* Leave the strikers to Rydz-Śmigły, and keep the army home -> europe_quiet_front
  set trotsky_influence -= 5
  set army_loyalty -= 5
  set bukharin_trust += 5

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
* Stand behind Paris, and wait -> europe_quiet_front
  set standing_abroad += 10
  set army_loyalty -= 5
  set bukharin_trust += 5

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
* Refuse his price, and leave the Czechs to Paris -> europe_quiet_front
  set army_loyalty -= 5

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
* Halt on the Vistula, and take the line Berlin offers -> europe_military_rule
  set army_loyalty -= 10
  set standing_abroad -= 5
  set bukharin_trust += 5
  set legitimacy -= 5

=== europe_oder: The Oder front, June 1937
{if via_romania: The trains run at night, as the King asked, and the troops do not leave them until Ruthenia. From there Yakir's corps go west through Slovakia and Moravia with the Czech army on their flank, and hit the Reich where its maps said nobody would come: Silesia from the south, Saxony from the Bohemian hills. | Uborevich's tank corps cross the Oder above Breslau on the eleventh day, and the Wehrmacht, which has been an army for barely two years, learns what deep battle means from the receiving end.}

It is not the walk the papers will make of it. The Germans fight well in
small pieces and badly in large ones. The Luftwaffe burns a hundred of your
bombers in a week; the ammunition trains run late; there are forty thousand
dead {if poland_occupied: between the Vistula and the Oder | in the Bohemian passes}, most of them nineteen years old. France mobilises along the Rhine,
and does nothing else, which is what France does.

On the ninth of June the generals in Berlin do what they have been
whispering about since 1934. General Ludwig Beck of the General Staff and General von Fritsch arrest
Hitler in the Reich Chancellery with a company of the Potsdam garrison, Göring is shot on the
stairs at Karinhall, and a general's voice on the wireless asks for an
armistice "between soldiers".

In Moscow the crowds come out on their own, which they have not done
since 1918. Nobody in the Kremlin is sure what to make of it.

* Accept the generals' armistice where the armies stand -> europe_german_terms
  set standing_abroad += 5
  set legitimacy += 5
* Refuse it, and drive on to Berlin first -> europe_german_terms
  set took_berlin = true
  set army_loyalty += 5
  set standing_abroad -= 10
  set legitimacy += 5

=== europe_german_terms: The Oberpräsidium, Breslau, July 1937
{if took_berlin: Your staff car came from Berlin this morning, past the Reichstag, burnt four years ago, and the Chancellery, burnt last week by your gunners. The German delegation came the same road the day before, in the back of a Soviet lorry. | The German delegation arrives by train from Berlin with white flags on the engine and General Beck in the last carriage, looking like a man attending his own funeral and disapproving of the arrangements.}

There are three maps on the table, because there are three ideas in your
government.

Kirov's map is yours, really, and everybody knows it. Germany is the
danger, whoever rules it; so there shall be less of it. Prussia stays apart
under your army and does not rejoin anything. The south, Bavaria and
Württemberg and Baden, goes to Austria, and Vienna becomes the capital of a
South German–Austrian Socialist Republic with no love for Berlin and every
reason to stay that way. What is left in the west may call itself Germany if
it likes.

Trotsky's map is one colour. {if trotsky_influence >= 30: He has fetched Thälmann | He wants Thälmann fetched} out of a Hanover cell to be chairman of a
single German Soviet Republic, the revolution of 1918 finished at last. It
would be the biggest communist state in Europe after yours, and the question
nobody asks aloud is how long it would take orders from Moscow.

{if trotsky_foreign: Litvinov's map came from the Paris embassy in the diplomatic bag: | Litvinov's map is} Germany as it was in May, disarmed, neutral, its generals
governing it under inspection. Bukharin has initialled it.

* Cut Prussia loose, and join the south to Austria -> europe_military_rule
  set germany_split = true
  set standing_abroad -= 10
  set army_loyalty += 5
  set kirov_trust += 5
* (thaelmann) Make one Soviet Germany under Thälmann -> europe_military_rule
  set thaelmann_germany = true
  set trotsky_influence += 10
  set standing_abroad -= 10
  set party_strength += 5
* (neutral) Leave one disarmed Germany to its generals -> europe_military_rule
  set standing_abroad += 10
  set bukharin_trust += 5
  set army_loyalty -= 5
  set trotsky_influence -= 5

=== europe_military_rule: The occupied zone, summer 1937
{if poland_occupied: Poland {if seen(europe_oder): up to the Oder | up to the Vistula} is yours, with its burnt villages, its Jewish towns waiting to see what kind of Russians these are, and a Catholic church in every square. | Bohemia is an ally, not a conquest, but your divisions are in it, and in Silesia behind it.} {if germany_split: Prussia is yours too, {if poland_occupied: from Stettin to Königsberg, | handed over by the armistice province by province, your trains running north through Saxony to take it,} and the new republic in the south is waiting for its first instructions. | {if seen(europe_oder): The Germans are waiting to see how long you mean to stay.}}

Somebody has to govern it by September, and there are three candidates.

The army offers military governors, military courts and a military police
to vet every mayor and schoolmaster, the whole thing answerable to you and
to nobody else. It is quick and it is tidy. It would also, {if trotsky_foreign: Litvinov writes from Paris | Litvinov points out},
make the Red Army the government of half of Europe, and governments
acquire habits.

The Comintern{if trotsky_post == 1:, whose apparatus has outlived three chairmen and means to outlive its newest,} offers local communist governments with Soviet advisers at
their elbows: slower, shakier, and in a few years, perhaps, able to stand by
themselves, so that your divisions can come home to where they are needed.

{if trotsky_influence >= 20: Trotsky offers{if trotsky_sent_away:, by telegram from Alma-Ata,} revolutionary committees, as in 1920: his people, elected by whoever turns up, answerable to the revolution, which in practice means to him. | Trotsky would offer revolutionary committees, if he had the people to man them. He has not, yet.}

* Military governors: the army answers for everything -> europe_hungary
  set military_governors = true
  set army_loyalty += 10
  set party_strength -= 10
  set legitimacy -= 10
  set standing_abroad -= 5
* (comintern) Local communist governments, with advisers -> europe_hungary
  set party_strength += 10
  set kirov_trust += 5
  set army_loyalty -= 5
* (revkoms) Revolutionary committees under Trotsky's people -> europe_hungary
  if trotsky_influence >= 20 else "Trotsky has no people to send."
  set revkoms = true
  set trotsky_influence += 15
  set army_loyalty -= 15
  set legitimacy -= 10

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
  set bukharin_trust += 10
  set army_loyalty -= 10
  set legitimacy += 5
* (tanks) Double the tank programme, and promise the generals the next war -> europe_hungary
  set army_loyalty += 10
  set bukharin_trust -= 5
  set standing_abroad -= 5

=== europe_hungary: Your office, the Kremlin, August 1937
Béla Kun has asked to see you every day for a month, and today you let him
in. He is fifty-one, stout, with a voice still made for the balcony of the
Budapest town hall, where he ruled Hungary for a hundred and thirty-three
days in 1919. After that he ran the terror in the Crimea, which is not
mentioned between you. You gassed the Tambov forests in 1921. Neither of you
has clean hands; both of you know it. {if budapest_transmitter: The transmitter you paid for last summer is still on the air from a cellar in Vienna, and he would like you to know that it has listeners.}

{if poland_occupied: Horthy has mobilised, because your divisions stand on the Carpathians and the Regent has read what became of Beck. The Hungarian workers have read it too. | {if via_romania: Horthy has mobilised, because your divisions stand in Slovakia, a day's march from his frontier, and the Regent has read what became of Hitler. The Hungarian workers have read it too. | Horthy has his slice of Slovakia and a new friendship with Berlin, and the Hungarian workers have his gendarmes.}} Kun wants a second Hungarian Soviet Republic, and he wants
it this year.

Bukharin's note on the file says: no. {if trotsky_influence >= 30: Trotsky's says: yes, but made by Hungarians, or it will die like the first. | Trotsky has not written a note, which means he is writing a pamphlet.} {if trotsky_foreign: Trotsky's own deputies at Kuznetsky Most have drafted a telegram to Horthy, polite and unmistakable, and sent it up without his initials. | Litvinov has drafted a telegram to Horthy, polite and unmistakable.} And {if nkvd_absorbed: the army's security directorate, which has the old NKVD's files, | the NKVD} has
sent a file on Kun himself, thick, which it suggests you read.

* Send Yakir's corps into Hungary, and give Kun his republic -> europe_dispatches
  if poland_occupied or via_romania else "The army stands nowhere near Hungary."
  set hungary_soviet = true
  set trotsky_influence += 10
  set standing_abroad -= 10
  set army_loyalty += 5
* (telegram) Send the telegram to Horthy, and leave Budapest to the Hungarians -> europe_dispatches
  set standing_abroad += 5
  set bukharin_trust += 5
* (watch) Thank Kun, and ask {if nkvd_absorbed: the security directorate | the NKVD} to keep an eye on him -> europe_dispatches
  set nkvd_loyalty += 5
  set trotsky_influence -= 5
  set party_strength -= 5

=== europe_dispatches: The dispatch room, the Kremlin, October 1937
{sequence: The world has had seven months to make up its mind about you, and it has divided along the usual lines, only more so. The parties that live on Soviet money have decided you are a hero of the revolution. The parties that do not have decided you are its gravedigger. The governments have decided you are a Russian general, which frightens them more than either. A major from military intelligence sorts the cables into five folders every morning, because {if nkvd_absorbed or intelligence_taken: what used to be the NKVD's foreign department answers to the army now | the NKVD's foreign department no longer sends its cables anywhere else first}, and he would like you to know he is thorough. | The major has sorted the morning's cables into the folders that are left. | The teleprinters in the next room go on chattering. Europe is still there. | The major has brought in more tea and fewer cables. | The major has put the folders you have read in a drawer, and waits to be told to put the rest there too. | The cables have stopped for lunch.}

{if washington_campaign: {sequence: | The Washington folder is fatter than yesterday's: the American newspapers are printing the scandals your people wrote. | The American papers have a new scandal this morning, and you know who wrote it. | The Washington folder has had to be split in two. | A Senator has demanded an inquiry into a scandal your people invented on Tuesday. | The American papers have begun to print scandals nobody in Moscow wrote, which is how you know it has worked.}}
{if spain_split_funded: {sequence: | The Madrid folder has a receipt in it. | The breakaway party in Madrid has sent its thanks, and an estimate for next month. | The Madrid folder has a second receipt in it. | Madrid has sent a photograph of your photograph, on the wall in Valencia. | The Madrid folder has a third receipt in it, larger.}}

* Madrid: the coalition -> europe_spain
* Yan'an: the Chinese party -> europe_china
* New York: the American party -> europe_america
* Washington: the President -> europe_washington
* London: the election -> europe_london
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
* (spain_unity) Tell both factions to hold the coalition together -> europe_dispatches
  set standing_abroad += 5
  set party_strength += 5
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
* (china_west) Put it into Xinjiang and Mongolia instead -> europe_dispatches
  set army_loyalty += 5
  set standing_abroad += 5
  set trotsky_influence -= 5
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
* (america_stop) Tell Browder to stop expelling people -> europe_dispatches
  set standing_abroad += 5
  set trotsky_influence += 5
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
  set standing_abroad -= 10
* (washington_no) Tear the plan up -> europe_dispatches
  set standing_abroad += 5
  set nkvd_loyalty -= 5
otherwise -> europe_dispatches

=== europe_london: The London folder
Baldwin retired in May, and the Conservatives, who had not expected to
need Churchill, found they needed him. He made the election about one
thing only, and the one thing was you. {if poland_occupied: He held up a map of Poland at every meeting, with the Soviet colour painted in by hand. | He spoke of a Red Army larger than all the armies of Europe put together, which is nearly true, and of what it would do next, which is not yet known.}

Maisky's cable from the embassy gives the result in one line: a
Conservative majority, a landslide, and foreign policy the only topic
anyone discussed. The Prime Minister's first speech called the Soviet
Union "an armed doctrine under a general's cap".

Maisky, who knows Churchill and has drunk his brandy, thinks that he can
be talked to, privately, by a man who offers him something solid. Pravda
has a leader ready that calls him the butcher of Gallipoli.

* (london_maisky) Send Maisky to Downing Street with a frontier guarantee -> europe_dispatches
  set standing_abroad += 10
  set army_loyalty -= 5
* (london_pravda) Let Pravda answer him -> europe_dispatches
  set standing_abroad -= 5
  set legitimacy += 5
otherwise -> europe_dispatches

=== europe_autumn: Red Square, 7 November 1937
The twentieth anniversary of the Revolution, and snow on the tribune of
the Mausoleum before the bands have finished tuning. Below you the tank
columns wait along the Historical Museum with their engines running, and the
exhaust hangs over the square in a blue sheet.

{if germany_split: The newsreels have been showing the map all week: the Soviet colour on Prussia, a new colour for the republic in Vienna, and the German rump in the west like something left on a plate. | {if thaelmann_germany: Thälmann stands on the tribune in a borrowed coat, the head of a German Soviet Republic, and the crowd cheers him louder than it cheers you. | {if poland_occupied: The newsreels show the Vistula and the line along it, and do not show who drew the other half. | The newsreels show the harvest and the tank parks, and the Reich's new frontiers are not mentioned.}}}
{if hungary_soviet: Kun is in Budapest, and sends a telegram of greetings that is read out over the loudspeakers.} {if military_governors: Your governors in the west have sent delegations of grateful peasants, chosen with care.} {if revkoms: Trotsky's committees have sent a delegation too, with a banner nobody on the tribune has approved.}

There is room on the tribune for the three of you, and there is room for
one man in the middle.

* (alone) Take the salute alone, at the centre of the tribune -> reckoning
  set army_loyalty += 5
  set kirov_trust -= 5
  set bukharin_trust -= 5
* (three) Stand between Kirov and Bukharin, and let the cameras see three -> reckoning
  set kirov_trust += 5
  set bukharin_trust += 5
  set army_loyalty -= 5
