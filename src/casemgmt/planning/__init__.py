"""Case planning: goals, actions, the case plan and its checks."""

__all__: list[str] = []
