"""A story's size and shape, per file and in total (what `inklecate -s` tells an ink writer).

Words are those a reader can be shown: prose (in choice bodies and block
branches too), every branch of conditional and varying text, and choice
text; values shown in braces are not words. Choices are counted at every
depth.
Pure: story in, counts out.
"""
from __future__ import annotations

from attrs import evolve, fields, frozen

from . import model as m


@frozen
class Counts:
    words: int = 0
    scenes: int = 0  # endings included
    endings: int = 0
    choices: int = 0  # fallbacks (`otherwise`) not included
    conditional_choices: int = 0
    stats: int = 0
    flags: int = 0
    vars: int = 0
    whenevers: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(Counts)))


def words(nodes) -> int:
    count = 0
    for node in nodes:
        if isinstance(node, m.Literal):
            count += len(node.text.split())
        elif isinstance(node, m.IfText):
            count += words(node.then) + words(node.otherwise)
        elif isinstance(node, m.Vary):
            count += sum(words(alternative) for alternative in node.alternatives)
    return count


def file_counts(source: m.SourceFile) -> Counts:
    c = Counts(
        stats=sum(isinstance(d, m.Stat) for d in source.declarations),
        flags=sum(isinstance(d, m.Flag) for d in source.declarations),
        vars=sum(isinstance(d, m.Var) for d in source.declarations),
        whenevers=len(source.whenevers))
    for scene in source.scenes:
        items = list(m.walk(scene.items))
        choices = [i for i in items if isinstance(i, m.Choice)]
        text = sum(words(i.text) for i in items if isinstance(i, (m.Prose, m.Choice)))
        c = evolve(c, words=c.words + text, scenes=c.scenes + 1, endings=c.endings + scene.is_ending,
                   choices=c.choices + len(choices),
                   conditional_choices=c.conditional_choices + sum(bool(ch.conditions) for ch in choices))
    return c


def story_stats(story: m.Story):
    """[(file path, Counts)] in include order, and the total."""
    per_file = [(source.path, file_counts(source)) for source in story.files]
    total = Counts()
    for _, counts in per_file:
        total = total + counts
    return per_file, total
