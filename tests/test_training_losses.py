import torch
import pytest

from svcdesk.training import losses


def test_discriminator_loss_known_values():
    real = [torch.tensor([1.0, 0.0]), torch.tensor([[0.5]])]
    fake = [torch.tensor([0.0, 2.0]), torch.tensor([[1.0]])]
    # d1: mean((1-r)^2)=(0+1)/2=0.5, mean(f^2)=(0+4)/2=2 ; d2: 0.25 + 1
    assert losses.discriminator_loss(real, fake).item() == pytest.approx(0.5 + 2 + 0.25 + 1)


def test_generator_adversarial_and_feature_matching():
    fake = [torch.tensor([0.0, 1.0]), torch.tensor([3.0])]
    assert losses.generator_adversarial_loss(fake).item() == pytest.approx(0.5 + 4.0)
    real_maps = [[torch.ones(2, 3), torch.zeros(4)], [torch.full((1,), 2.0)]]
    fake_maps = [[torch.zeros(2, 3), torch.ones(4)], [torch.full((1,), -1.0)]]
    assert losses.feature_matching_loss(real_maps, fake_maps).item() == pytest.approx(2 * (1 + 1 + 3))


def test_feature_matching_does_not_backprop_into_real_features():
    real = torch.ones(3, requires_grad=True)
    fake = torch.zeros(3, requires_grad=True)
    losses.feature_matching_loss([[real]], [[fake]]).backward()
    assert real.grad is None and fake.grad is not None


def test_mel_loss_is_45_l1():
    a, b = torch.zeros(1, 4, 5), torch.full((1, 4, 5), 0.1)
    assert losses.mel_loss(a, b).item() == pytest.approx(4.5)


def test_kl_loss_formula_and_frame_normalisation():
    torch.manual_seed(0)
    z_p, logs_q, m_p, logs_p = (torch.randn(2, 3, 6) for _ in range(4))
    mask = torch.ones(2, 1, 6)
    mask[1, :, 4:] = 0
    expected = 0.0
    for b in range(2):
        for t in range(6):
            if mask[b, 0, t] == 0:
                continue
            for c in range(3):
                expected += (logs_p[b, c, t] - logs_q[b, c, t] - 0.5
                             + 0.5 * (z_p[b, c, t] - m_p[b, c, t]) ** 2 * torch.exp(-2 * logs_p[b, c, t])).item()
    assert losses.kl_loss(z_p, logs_q, m_p, logs_p, mask).item() == pytest.approx(expected / 10, rel=1e-5)
    # identical distributions with z at the mean: KL is -0.5 per channel minus logs_q difference = -0.5*C
    zeros = torch.zeros(1, 3, 4)
    assert losses.kl_loss(zeros, zeros, zeros, zeros, torch.ones(1, 1, 4)).item() == pytest.approx(-1.5)


def test_losses_are_finite_in_half_precision_inputs():
    x = [torch.randn(2, 8, dtype=torch.bfloat16)]
    assert torch.isfinite(losses.discriminator_loss(x, x)) and losses.discriminator_loss(x, x).dtype == torch.float32
