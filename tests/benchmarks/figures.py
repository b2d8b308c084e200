"""A measured figure and the target it is compared with."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    target: str  # e.g. "<=1.5"; empty when the figure is a reference, not a goal

    def met(self) -> bool | None:
        if not self.target:
            return None
        op, bound = self.target[:2], float(self.target[2:])
        return self.value <= bound if op == "<=" else self.value >= bound

    def line(self) -> str:
        verdict = {True: "ok", False: "MISSED", None: "reference"}[self.met()]
        return f"{self.name} {self.value:.3f} {self.unit} {self.target or '-'} {verdict}"
