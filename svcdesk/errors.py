"""One family of exceptions whose messages are written for the user, not the developer."""


class SvcdeskError(Exception):
    """Base for every error the app reports to the user in one line."""


class AudioError(SvcdeskError):
    """An audio file could not be read, decoded or written. `fix` says what to do about this cause."""

    def __init__(self, message: str, fix: str = ""):
        super().__init__(message)
        self.fix = fix


class ProjectError(SvcdeskError):
    """A project folder or its manifest is unusable."""


class ModelFileError(SvcdeskError):
    """A model or checkpoint file is malformed, hostile or of the wrong shape."""


class WeightsMissing(SvcdeskError):
    """A downloadable weight file (ContentVec, RMVPE, bases) is not present.

    `asset` names the registry entry so that callers can offer the download.
    """

    def __init__(self, message: str, asset: str = ""):
        super().__init__(message)
        self.asset = asset


class Cancelled(SvcdeskError):
    """A long job was stopped by the user."""


class LibraryError(SvcdeskError):
    """The voice library refused or could not carry out a request. `fix` says what to do, when there is something."""

    def __init__(self, message: str, fix: str = ""):
        super().__init__(message)
        self.fix = fix


class ImportRefused(LibraryError):
    """A file offered for import is not an RVC voice (another tool's model, not a model, unsafe): nothing was
    written. `file` names it."""

    def __init__(self, message: str, file: str = "", fix: str = ""):
        super().__init__(message, fix)
        self.file = file
