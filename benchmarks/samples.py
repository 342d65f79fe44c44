"""Generated photos for the benchmarks: a phone photo's size, detail and file size."""

import io

from PIL import Image

SIZE_24MP = (6000, 4000)


def phone_like_jpeg(n: int, size=SIZE_24MP) -> bytes:
    """Smooth shapes with fine grain (~5-8 MB at 24 MP), not the 20 MB of pure noise; `n`
    varies the picture."""
    small = Image.effect_noise((600, 400), 60 + 10 * n).convert("RGB")
    image = small.resize(size, Image.Resampling.BICUBIC)
    grain = Image.effect_noise(size, 12).convert("RGB")
    image = Image.blend(image, grain, 0.15)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()
