"""The one error type a page can fail with."""


class PageError(Exception):
    """A page could not be read or rebuilt. The message names the file and the problem."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
