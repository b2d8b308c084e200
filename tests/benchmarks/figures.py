"""A measured figure and the target it is compared with."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    target: str  # e.g. "<=1.5"; empty when the figure is a reference, not a goal

    def __post_init__(self) -> None:
        if any(" " in text for text in (self.name, self.unit, self.target)):
            raise ValueError(f"a figure's name, unit and target are single words: {self}")

    def met(self) -> bool | None:
        if not self.target:
            return None
        op, bound = self.target[:2], float(self.target[2:])
        return self.value <= bound if op == "<=" else self.value >= bound

    def line(self) -> str:
        verdict = {True: "ok", False: "MISSED", None: "reference"}[self.met()]
        return f"{self.name} {self.value:.3f} {self.unit} {self.target or '-'} {verdict}"
