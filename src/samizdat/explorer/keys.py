"""Packs the live part of a State into a short bytes key, and back.

The explorer stores one key per distinct state, so keys are small: the
number of the point where the state waits (`graph.py`), the choices gathered
there when that can vary, the live values in fixed-width binary, capped visit
counts and a bit mask of the once-only choices taken that still matter
(`liveness.OnceOnly`: those at points the state can still come back to). Two
states with the same key have the same future (see `liveness.py`). `decode`
rebuilds a State that agrees with every state of that key on everything
still live; dead values are filled with their starting values, which nothing
will read.
"""
from __future__ import annotations

import marshal
import struct
from operator import itemgetter

from .. import flow as f
from .. import model as m
from ..engine import State
from .graph import StoryGraph
from .liveness import Liveness, OnceOnly

# A key starts with its point's number, in two bytes (four for stories with
# more points); its largest value marks a key too large for the fixed layout.
# Such a key is the rest marshalled in version 2, the last that writes no
# references to objects met before: in later ones the bytes of a value depend
# on which of its parts are shared objects, so equal states got different keys.
SPILL_FORMAT = 2


def picker(positions):
    """A function tuple -> tuple of the items at `positions` (itemgetter, always a tuple)."""
    if len(positions) == 1:  # itemgetter(i) gives the item itself; a slice of a tuple is a tuple
        (only,) = positions
        return itemgetter(slice(only, only + 1))
    return itemgetter(*positions) if positions else itemgetter(slice(0, 0))


def _value_format(declaration) -> str:
    if isinstance(declaration, m.Flag):
        return "?"
    if isinstance(declaration, m.Stat):
        for code, low, high in (("B", 0, 255), ("b", -128, 127), ("H", 0, 65535),
                                ("h", -32768, 32767), ("i", -2**31, 2**31 - 1)):
            if low <= declaration.low and declaration.high <= high:
                return code
    return "q"


class _PointCodec:
    __slots__ = ("id", "at", "number", "values", "visits", "caps", "capped", "once_only",
                 "layout", "size", "pick_values", "pick_visits", "fill_values", "fill_visits",
                 "dead", "choices", "fixed", "offer_bit", "is_wait")


class StateCodec:
    """Encodes and decodes explorer keys for one engine and its liveness."""

    def __init__(self, engine, liveness: Liveness, graph: StoryGraph):
        self.engine = engine
        self.liveness = liveness
        self.graph = graph
        self.once_only_bit = {key: 1 << i for i, key in enumerate(liveness.once_only_keys)}
        self.once_only = OnceOnly(graph, liveness)
        self._used = {0: frozenset()}
        declarations = engine.declarations
        initial = engine.initial_values
        visit_count = len(engine.visit_slots)
        # scene id -> by instruction index, the codec of the point there (None
        # elsewhere): two lookups cost less than one by a (scene, index) tuple,
        # which is built, hashed and compared every time
        self.by_place = {}
        self.by_number = []
        self.wide = len(graph.points) >= 0xFFFF
        self.head = 4 if self.wide else 2
        self.spill = (1 << (8 * self.head)) - 1
        for number, (node, live) in enumerate(zip(graph.points, liveness.points)):
            scene_id, at = graph.where(node)
            ins = graph.instruction(node)
            c = _PointCodec()
            c.id, c.at, c.number = scene_id, at, number
            c.is_wait = isinstance(ins, f.Wait)
            c.choices = ins.choices if c.is_wait else ()  # (an Ask offers its answer, always)
            c.fixed = not c.is_wait or ins.fixed
            c.offer_bit = {n: 1 << i for i, n in enumerate(c.choices)}
            c.values, c.visits, c.once_only = live.values, live.visits, live.once_only
            # A count past its cap behaves like the cap (an uncapped count: like 2**31).
            c.caps = tuple(2**31 if liveness.visit_caps[j] is None else liveness.visit_caps[j]
                           for j in live.visits)
            c.capped = bool(c.caps)
            c.layout = struct.Struct(("<I" if self.wide else "<H") + "".join(_value_format(declarations[i]) for i in c.values)
                                     + "".join("I" if cap > 255 else "B"
                                               for cap in c.caps))
            c.pick_values = picker(c.values)
            c.pick_visits = picker(c.visits)
            # Decoding appends the dead slots' fillers to a key's fields (its
            # point, live values, live visits) and picks every slot from that.
            dead_values = [i for i in range(len(declarations)) if i not in set(c.values)]
            dead_visits = [j for j in range(visit_count) if j not in set(c.visits)]
            c.dead = tuple(initial[i] for i in dead_values) + (0,) * len(dead_visits)
            fields = 1 + len(c.values) + len(c.visits)
            c.fill_values = picker([1 + c.values.index(i) if i in c.values
                                    else fields + dead_values.index(i)
                                    for i in range(len(declarations))])
            c.fill_visits = picker([1 + len(c.values) + c.visits.index(j) if j in c.visits
                                    else fields + len(dead_values) + dead_visits.index(j)
                                    for j in range(visit_count)])
            c.size = c.layout.size
            place = self.by_place.setdefault(scene_id, [])
            place.extend([None] * (at + 1 - len(place)))
            place[at] = c
            self.by_number.append(c)

    # ----------------------------------------------------------------- encode

    def point(self, scene_id, at) -> _PointCodec:
        return self.by_place[scene_id][at]

    def encode(self, state: State, used_mask: int) -> bytes:
        """The key of `state`, whose once-only choices taken are `used_mask` (see `mask_of`)."""
        return self.encode_parts(state.scene, state.at, state.offer, state.values, state.visits,
                                 used_mask, state.stack)

    def encode_parts(self, scene_id, at, offer, all_values, all_visits, used_mask, stack=()) -> bytes:
        c = self.by_place[scene_id][at]
        values = c.pick_values(all_values)
        visits = c.pick_visits(all_visits)
        if c.capped:
            visits = tuple(map(min, visits, c.caps))
        mask = self.once_only.relevant(c.number, used_mask) if used_mask & c.once_only else 0
        if not c.fixed:
            # The choices gathered, as bits over the Wait's own, ahead of the once-only bits.
            gathered = 0
            for number in offer:
                gathered |= c.offer_bit[number]
            mask = (mask << len(c.choices)) | gathered
        if stack:  # calls waiting for their return: rare, so kept the simple way
            return self.spill.to_bytes(self.head, "little") + marshal.dumps(
                (c.number, values, visits, mask, stack), SPILL_FORMAT)
        tail = mask.to_bytes((mask.bit_length() + 7) >> 3, "little") if mask else b""
        try:
            return c.layout.pack(c.number, *values, *visits) + tail
        except struct.error:  # a variable grown past 64 bits, a visit count past 2**32, a text
            return self.spill.to_bytes(self.head, "little") + marshal.dumps((c.number, values, visits, mask), SPILL_FORMAT)

    def mask_of(self, used: frozenset) -> int:
        """The bit mask of a set of once-only choices taken."""
        mask = 0
        for key in used:
            mask |= self.once_only_bit.get(key, 0)
        return mask

    # ----------------------------------------------------------------- decode

    def scene_of(self, key: bytes) -> _PointCodec:
        """The codec of the point a key stands on (its `id` is the scene's)."""
        number = int.from_bytes(key[:self.head], "little")
        if number == self.spill:
            number = marshal.loads(key[self.head:])[0]
        return self.by_number[number]

    def live_values(self, key: bytes):
        """The point codec and the live values of a key, in `codec.values` order."""
        c = self.scene_of(key)
        if int.from_bytes(key[:self.head], "little") == self.spill:
            return c, marshal.loads(key[self.head:])[1]
        return c, c.layout.unpack_from(key)[1:1 + len(c.values)]

    def unpack(self, key: bytes):
        """(scene id, at, offer, values, visits, once-only mask, stack) of a key, dead values filled."""
        number = key[0] | key[1] << 8 if not self.wide else int.from_bytes(key[:4], "little")
        stack = ()
        if number == self.spill:
            number, values, visits, mask, *rest = marshal.loads(key[self.head:])
            stack = tuple(tuple(call) for call in rest[0]) if rest else ()
            c = self.by_number[number]
            fields = (number, *values, *visits)
        else:
            c = self.by_number[number]
            fields = c.layout.unpack_from(key)
            mask = int.from_bytes(key[c.size:], "little") if len(key) > c.size else 0
        if c.fixed:
            offer = c.choices
        else:
            width = len(c.choices)
            gathered = mask & ((1 << width) - 1)
            mask >>= width
            offer = tuple(n for n in c.choices if gathered & c.offer_bit[n])
        fields += c.dead
        return c.id, c.at, offer, c.fill_values(fields), c.fill_visits(fields), mask, stack

    def used_of(self, mask: int) -> frozenset:
        """The once-only choices (keys) of a mask."""
        used = self._used.get(mask)
        if used is None:
            names = self.liveness.once_only_keys
            found = []
            rest = mask
            while rest:
                lowest = rest & -rest
                found.append(names[lowest.bit_length() - 1])
                rest ^= lowest
            used = frozenset(found)
            if len(self._used) < 4096:
                self._used[mask] = used
        return used

    def decode(self, key: bytes, turn: int = 1):
        """A State with this key, and the bit mask of its once-only choices taken."""
        scene_id, at, offer, values, visits, mask, stack = self.unpack(key)
        return State(scene_id, at, offer, values, visits, self.used_of(mask), 0, turn, stack), mask
