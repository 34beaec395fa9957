"""The RVC v2 training losses (spec section 3), written to keep everything on the device.

None of these call `.item()`: the trainer converts to Python floats only at log points.
"""

from __future__ import annotations

from typing import Sequence

import torch

#: The reference weights of the generator's loss terms.
MEL_WEIGHT = 45.0
FM_WEIGHT = 2.0


def discriminator_loss(real_logits: Sequence[torch.Tensor], fake_logits: Sequence[torch.Tensor]) -> torch.Tensor:
    """LSGAN: sum over discriminators of mean((1 - D(y))^2) + mean(D(y_hat)^2) (y_hat detached by the caller)."""
    total = real_logits[0].new_zeros((), dtype=torch.float32)
    for real, fake in zip(real_logits, fake_logits):
        total = total + torch.mean((1.0 - real.float()) ** 2) + torch.mean(fake.float() ** 2)
    return total


def generator_adversarial_loss(fake_logits: Sequence[torch.Tensor]) -> torch.Tensor:
    """Sum over discriminators of mean((1 - D(y_hat))^2)."""
    total = fake_logits[0].new_zeros((), dtype=torch.float32)
    for fake in fake_logits:
        total = total + torch.mean((1.0 - fake.float()) ** 2)
    return total


def feature_matching_loss(
    real_features: Sequence[Sequence[torch.Tensor]], fake_features: Sequence[Sequence[torch.Tensor]],
) -> torch.Tensor:
    """2 x sum over discriminators and layers of mean|f_real.detach() - f_fake|."""
    total = real_features[0][0].new_zeros((), dtype=torch.float32)
    for real_maps, fake_maps in zip(real_features, fake_features):
        for real, fake in zip(real_maps, fake_maps):
            total = total + torch.mean(torch.abs(real.detach().float() - fake.float()))
    return FM_WEIGHT * total


def mel_loss(mel_fake: torch.Tensor, mel_real: torch.Tensor) -> torch.Tensor:
    """45 x L1 between log-mel spectrograms."""
    return MEL_WEIGHT * torch.nn.functional.l1_loss(mel_fake.float(), mel_real.float())


def kl_loss(z_p: torch.Tensor, logs_q: torch.Tensor, m_p: torch.Tensor, logs_p: torch.Tensor, z_mask: torch.Tensor) -> torch.Tensor:
    """sum[(logs_p - logs_q - 0.5 + 0.5 (z_p - m_p)^2 exp(-2 logs_p)) * mask] / sum(mask).

    Summed over channels and averaged over valid frames (mask is (B,1,T)), as the reference does.
    """
    z_p, logs_q, m_p, logs_p, z_mask = (t.float() for t in (z_p, logs_q, m_p, logs_p, z_mask))
    kl = logs_p - logs_q - 0.5 + 0.5 * (z_p - m_p) ** 2 * torch.exp(-2.0 * logs_p)
    return torch.sum(kl * z_mask) / torch.sum(z_mask)
