"""The scene graph as Graphviz dot or Mermaid text.

Scenes are nodes (endings styled apart, the start marked); choices are
labelled edges with their conditions; a scene's `otherwise` is an edge
labelled so; jumps on entering a scene and `whenever` rules are drawn
dashed, the rules from one node standing for "any scene". Every label is
escaped for the language it goes into, so no story text can break the file.
Pure: story in, text out.
"""
from __future__ import annotations

from . import model as m
from .sanitize import sanitize

_PRECEDENCE = {"or": 1, "and": 2, "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3,
               "+": 4, "-": 4, "*": 5, "/": 5}
WHENEVER_NODE = "(any scene)"  # not a possible scene id, so it never clashes with one


def expr_source(e, outer: int = 0) -> str:
    """An expression as a writer would type it, with only the brackets it needs."""
    if isinstance(e, m.Number):
        return str(e.value)
    if isinstance(e, m.Bool):
        return "true" if e.value else "false"
    if isinstance(e, m.Name):
        return e.name
    if isinstance(e, m.Unary):
        inner = expr_source(e.operand, 6)
        return f"not {inner}" if e.op == "not" else f"-{inner}"
    if isinstance(e, m.Binary):
        mine = _PRECEDENCE[e.op]
        text = f"{expr_source(e.left, mine)} {e.op} {expr_source(e.right, mine + 1)}"
        return f"({text})" if mine < outer else text
    return f"{e.function}({', '.join(expr_source(a) for a in e.args)})"


def text_source(nodes) -> str:
    """Choice text with its inline expressions shown as {…} source."""
    parts = []
    for node in nodes:
        if isinstance(node, m.Literal):
            parts.append(node.text)
        elif isinstance(node, m.Show):
            parts.append("{" + expr_source(node.expr) + "}")
        else:
            parts.append("{…}")
    return " ".join("".join(parts).split())


class Edge:
    __slots__ = ("source", "target", "label", "kind")

    def __init__(self, source, target, label, kind):
        self.source, self.target, self.label, self.kind = source, target, label, kind


def edges(story: m.Story) -> list:
    """Every edge: kind is "choice", "otherwise", "jump" (on entry) or "whenever"."""
    out = []
    for scene in story.scenes:
        for step in scene.entry:
            if isinstance(step, m.Jump):
                label = "if " + expr_source(step.condition) if step.condition is not None else ""
                out.append(Edge(scene.id, step.target, label, "jump"))
        for choice in scene.choices:
            label = text_source(choice.text)
            conditions = " and ".join(expr_source(c.expr, 2) for c in choice.conditions)
            if conditions:
                label += f" [if {conditions}]"
            if not choice.sticky:
                label += " (once)"
            out.append(Edge(scene.id, choice.target, label, "choice"))
        if scene.fallback is not None:
            out.append(Edge(scene.id, scene.fallback.target, "otherwise", "otherwise"))
    for rule in story.whenevers:
        out.append(Edge(WHENEVER_NODE, rule.target, "whenever " + expr_source(rule.condition), "whenever"))
    return out


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
    for scene in story.scenes:
        label = scene.id if not scene.heading else f"{scene.id}\n{scene.heading}"
        attributes = [f"label={dot_quote(label)}"]
        if scene.is_ending:
            attributes.append('shape=doubleoctagon, style=filled, fillcolor="#f3d9d9"')
        if scene.id == story.start:
            attributes.append("penwidth=2.5")
        lines.append(f"  {dot_quote(scene.id)} [{', '.join(attributes)}];")
    if story.whenevers:
        lines.append(f'  {dot_quote(WHENEVER_NODE)} [label="any scene", shape=diamond, style=dashed];')
    style = {"choice": "", "otherwise": ", style=bold", "jump": ", style=dashed",
             "whenever": ", style=dotted"}
    for edge in edges(story):
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
    lines = ["%% " + " ".join(sanitize(story.title).split()), "flowchart TD"]
    for scene in story.scenes:
        label = mermaid_quote(scene.id if not scene.heading else f"{scene.id}\n{scene.heading}")
        shape = f"([{label}])" if scene.is_ending else f"[{label}]"
        lines.append(f"  {names[scene.id]}{shape}")
    if story.whenevers:
        lines.append(f"  {names[WHENEVER_NODE]}{{{{{mermaid_quote('any scene')}}}}}")
    arrows = {"choice": "-->", "otherwise": "==>", "jump": "-.->", "whenever": "-.->"}
    for edge in edges(story):
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
