"""Multi-GPU (and multi-process CPU) training under `torchrun`: process group set-up and helpers.

torchrun sets RANK, LOCAL_RANK and WORLD_SIZE; without them everything here is a no-op for one
process. nccl is used on Linux with CUDA; gloo on Windows (no nccl there) and without CUDA.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class DistributedInfo:
    rank: int = 0
    local_rank: int = 0
    world_size: int = 1

    @property
    def enabled(self) -> bool:
        return self.world_size > 1

    @property
    def is_main(self) -> bool:
        return self.rank == 0


def backend_for(device_type: str) -> str:
    return "nccl" if device_type == "cuda" and sys.platform.startswith("linux") else "gloo"


def init_from_env(device_type: str) -> DistributedInfo:
    """Join the process group described by torchrun's environment (or return a one-process info)."""
    world = int(os.environ.get("WORLD_SIZE", "1"))
    if world <= 1:
        return DistributedInfo()
    import torch.distributed as dist

    info = DistributedInfo(int(os.environ.get("RANK", "0")), int(os.environ.get("LOCAL_RANK", "0")), world)
    if not dist.is_initialized():
        # Long timeout: other ranks wait at a barrier while rank 0 extracts features, which can take hours.
        dist.init_process_group(backend=backend_for(device_type), rank=info.rank, world_size=world,
                                timeout=timedelta(hours=6))
    return info


def wrap(model, info: DistributedInfo, device):
    """DistributedDataParallel around `model` (unchanged for one process)."""
    if not info.enabled:
        return model
    from torch.nn.parallel import DistributedDataParallel

    ids = [device.index] if device.type == "cuda" else None
    return DistributedDataParallel(model, device_ids=ids)


def unwrap(model):
    return getattr(model, "module", model)


def barrier(info: DistributedInfo) -> None:
    if info.enabled:
        import torch.distributed as dist

        dist.barrier()


def any_flag(info: DistributedInfo, flag: bool, device=None) -> bool:
    """True on every rank when `flag` is true on any (so all ranks stop or roll back together)."""
    if not info.enabled:
        return flag
    import torch
    import torch.distributed as dist

    value = torch.tensor([1.0 if flag else 0.0], device=device)
    dist.all_reduce(value, op=dist.ReduceOp.MAX)
    return bool(value.item() > 0)


def shutdown(info: DistributedInfo) -> None:
    if info.enabled:
        import torch.distributed as dist

        if dist.is_initialized():
            dist.destroy_process_group()
