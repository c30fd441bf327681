"""The scene graph as Graphviz dot or Mermaid text.

Scenes are nodes (endings styled apart, the start marked); choices are
labelled edges with their conditions; an `otherwise` is an edge labelled
so; jumps and `whenever` rules are drawn dashed, the rules from one node
standing for "any scene". A scene that offers choices at more than one point
(choices inside choices, rounds of choices after a gather, labels) is drawn
as a cluster: the scene's node is where it first waits, and each later point
is a node of its own inside the cluster, so the edges show the scene's inside
too. Edges come from the lowered programs (`flow.py`), so they follow what a
choice's body really does. Every label is escaped for the language it goes
into, so no story text can break the file. Pure: story in, text out.
"""
from __future__ import annotations

from . import flow as f
from . import model as m
from .sanitize import sanitize

WHENEVER_NODE = "(any scene)"  # not a possible scene id, so it never clashes with one


def text_source(nodes) -> str:
    """Choice text with its inline expressions shown as {…} source."""
    parts = []
    for node in nodes:
        if isinstance(node, m.Literal):
            parts.append(node.text)
        elif isinstance(node, m.Show):
            parts.append("{" + m.expr_source(node.expr) + "}")
        else:
            parts.append("{…}")
    return " ".join("".join(parts).split())


class Edge:
    __slots__ = ("source", "target", "label", "kind")

    def __init__(self, source, target, label, kind):
        self.source, self.target, self.label, self.kind = source, target, label, kind


class _Shape:
    """Where a scene's flow waits: its first point is the scene's own node, the rest inner nodes."""

    def __init__(self, story, scene):
        self.scene = scene
        self.program = f.program(story, scene.id)
        self.points = [i for i, ins in enumerate(self.program.code)
                       if isinstance(ins, f.Wait) or (isinstance(ins, f.Stop) and ins.pos is None)]
        first = self.landing(0)
        self.first = first[0] if len(first) == 1 else None
        self.inner = [i for i in self.points if i != self.first and self.reached(i)]

    def landing(self, start):
        """The points the flow reaches from `start` without waiting, nor leaving the scene."""
        return sorted(i for i in _run(self.program, start) if i in self.points)

    def reached(self, index):
        ins = self.program.code[index]
        return isinstance(ins, f.Wait) or index in self._reachable()

    def _reachable(self):
        if not hasattr(self, "_all"):
            starts = [0] + list(self.program.labels.values())
            self._all = f.reachable(self.program, starts)
        return self._all

    def node(self, index):
        return self.scene.id if index == self.first else f"{self.scene.id}@{index}"

    def label(self, index):
        ins = self.program.code[index]
        if isinstance(ins, f.Wait):
            return ins.name
        return f"{self.scene.id}: the end of its lines"


def _run(program, start):
    """Instructions run from `start` up to the points where the flow waits."""
    seen, todo = set(), [start]
    while todo:
        index = todo.pop()
        if index in seen or not 0 <= index < len(program.code):
            continue
        seen.add(index)
        if isinstance(program.code[index], (f.Wait, f.Stop)) and index != start:
            continue
        if isinstance(program.code[index], f.Wait):
            continue
        inside, _ = f.successors(program, index)
        todo.extend(inside)
    return seen


def shapes(story: m.Story) -> dict:
    return {scene.id: _Shape(story, scene) for scene in story.scenes}


def edges(story: m.Story, known=None) -> list:
    """Every edge: kind is "choice", "otherwise", "jump" (on the way) or "whenever"."""
    known = known or shapes(story)
    out = []
    for scene in story.scenes:
        shape = known[scene.id]
        program = shape.program
        source = scene.id
        out.extend(_flow_edges(story, known, shape, 0, source, None, "jump"))
        for index in shape.points:
            ins = program.code[index]
            if not isinstance(ins, f.Wait) or (index not in shape.inner and index != shape.first):
                continue
            source = shape.node(index)
            for number in ins.choices + ((ins.fallback,) if ins.fallback is not None else ()):
                info = program.choices[number]
                if info.is_fallback:
                    label, kind = "otherwise", "otherwise"
                else:
                    label, kind = _choice_label(info), "choice"
                out.extend(_flow_edges(story, known, shape, info.start, source, label, kind))
    for rule in story.whenevers:
        out.append(Edge(WHENEVER_NODE, rule.target, "whenever " + m.expr_source(rule.condition), "whenever"))
    return out


def _choice_label(info) -> str:
    label = text_source(info.text)
    conditions = " and ".join(m.expr_source(c.expr, 2) for c in info.conditions)
    if conditions:
        label += f" [if {conditions}]"
    if not info.sticky:
        label += " (once)"
    return label


def _flow_edges(story, known, shape, start, source, label, kind):
    """Edges for the flow from `start`: to the scenes it enters and the points it reaches.

    From a scene's top (`label` None) only jumps are drawn, each labelled with
    the condition just above it; the scene's own first point is its node.
    """
    program = shape.program
    found = []
    ran = _run(program, start)
    for index in sorted(ran):
        ins = program.code[index]
        if isinstance(ins, f.Enter):
            target = _target_node(story, known, ins.scene, ins.label)
            if label is None:
                test = program.code[index - 1] if index > 0 else None
                jump_label = ("if " + m.expr_source(test.condition)) if isinstance(test, f.Test) \
                    and test.otherwise == index + 1 else ""
                found.append(Edge(source, target, jump_label, "jump"))
            else:
                found.append(Edge(source, target, label, kind))
        elif label is not None and index in shape.points and index != start \
                and (index in shape.inner or index == shape.first):
            found.append(Edge(source, shape.node(index), label, kind))
    return found


def _target_node(story, known, scene_id, label):
    shape = known[scene_id]
    if label is None:
        return scene_id
    landing = shape.landing(shape.program.labels[label])
    return shape.node(landing[0]) if len(landing) == 1 else scene_id


# ----------------------------------------------------------------------- dot

def dot_quote(text: str) -> str:
    """A dot double-quoted string: backslashes and quotes escaped, lines as \\n."""
    text = sanitize(text).replace("\\", "\\\\").replace('"', '\\"')
    return '"' + text.replace("\r", "").replace("\n", "\\n") + '"'


def to_dot(story: m.Story) -> str:
    lines = [f"digraph {dot_quote(story.title)} {{",
             f"  label={dot_quote(story.title)};",
             "  labelloc=t;",
             '  node [shape=box, style=rounded, fontname="Helvetica"];',
             '  edge [fontname="Helvetica", fontsize=10];']
    known = shapes(story)
    for scene in story.scenes:
        label = scene.id if not scene.heading else f"{scene.id}\n{scene.heading}"
        attributes = [f"label={dot_quote(label)}"]
        if scene.is_ending:
            attributes.append('shape=doubleoctagon, style=filled, fillcolor="#f3d9d9"')
        if scene.id == story.start:
            attributes.append("penwidth=2.5")
        shape = known[scene.id]
        if not shape.inner:
            lines.append(f"  {dot_quote(scene.id)} [{', '.join(attributes)}];")
            continue
        lines.append(f"  subgraph {dot_quote('cluster_' + scene.id)} {{")
        lines.append(f"    label={dot_quote(label)}; style=dashed;")
        lines.append(f"    {dot_quote(scene.id)} [{', '.join(attributes)}];")
        for index in shape.inner:
            lines.append(f"    {dot_quote(shape.node(index))} [label={dot_quote(shape.label(index))}, "
                         "style=\"rounded,dotted\"];")
        lines.append("  }")
    if story.whenevers:
        lines.append(f'  {dot_quote(WHENEVER_NODE)} [label="any scene", shape=diamond, style=dashed];')
    style = {"choice": "", "otherwise": ", style=bold", "jump": ", style=dashed",
             "whenever": ", style=dotted"}
    for edge in edges(story, known):
        label = f"label={dot_quote(edge.label)}" if edge.label else 'label=""'
        lines.append(f"  {dot_quote(edge.source)} -> {dot_quote(edge.target)} [{label}{style[edge.kind]}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------- mermaid

_MERMAID_ENTITIES = {"#": "#35;", '"': "#quot;", "<": "#lt;", ">": "#gt;", "&": "#amp;",
                     "|": "#124;", "`": "#96;"}


def mermaid_quote(text: str) -> str:
    """A Mermaid quoted label: characters it would read as syntax become entity codes."""
    text = "".join(_MERMAID_ENTITIES.get(ch, ch) for ch in sanitize(text))
    return '"' + text.replace("\r", "").replace("\n", "<br/>") + '"'


def to_mermaid(story: m.Story) -> str:
    # Node names are n0, n1, ...: scene ids such as `end` would be Mermaid keywords.
    names = {scene.id: f"n{i}" for i, scene in enumerate(story.scenes)}
    names[WHENEVER_NODE] = "whenever_rules"
    known = shapes(story)
    lines = ["%% " + " ".join(sanitize(story.title).split()), "flowchart TD"]
    for i, scene in enumerate(story.scenes):
        label = mermaid_quote(scene.id if not scene.heading else f"{scene.id}\n{scene.heading}")
        shape = f"([{label}])" if scene.is_ending else f"[{label}]"
        inner = known[scene.id].inner
        if not inner:
            lines.append(f"  {names[scene.id]}{shape}")
            continue
        lines.append(f"  subgraph c{i} [{label}]")
        lines.append(f"    {names[scene.id]}{shape}")
        for index in inner:
            node = known[scene.id].node(index)
            names[node] = f"n{i}_{index}"
            lines.append(f"    {names[node]}({mermaid_quote(known[scene.id].label(index))})")
        lines.append("  end")
    if story.whenevers:
        lines.append(f"  {names[WHENEVER_NODE]}{{{{{mermaid_quote('any scene')}}}}}")
    arrows = {"choice": "-->", "otherwise": "==>", "jump": "-.->", "whenever": "-.->"}
    for edge in edges(story, known):
        label = f"|{mermaid_quote(edge.label)}|" if edge.label else ""
        lines.append(f"  {names[edge.source]} {arrows[edge.kind]}{label} {names[edge.target]}")
    endings = [names[s.id] for s in story.scenes if s.is_ending]
    lines.append("  classDef ending fill:#f3d9d9,stroke:#a33;")
    lines.append("  classDef start stroke-width:3px;")
    if endings:
        lines.append(f"  class {','.join(endings)} ending;")
    if story.start in names:
        lines.append(f"  class {names[story.start]} start;")
    return "\n".join(lines) + "\n"
