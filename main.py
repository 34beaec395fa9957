"""GUI entry point only: the __main__ guard, freeze_support (DataLoader workers on Windows) and launch."""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from svcdesk.gui.app import launch

    raise SystemExit(launch())
