"""Draws the app icon once: a dark-teal rounded square with a white Arabic letter sin (س, for
Sanad) in the bundled Noto Sans Arabic. Writes installer/sanad.png (256 px) and installer/sanad.ico
(16-256 px). Run with the project's venv when the design changes; both outputs are committed."""

from __future__ import annotations

from pathlib import Path

import fontpkg_noto_sans_arabic
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
TEAL = (15, 76, 92, 255)
WHITE = (255, 255, 255, 255)
SIZE = 1024  # drawn large, scaled down for each icon size
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((32, 32, SIZE - 32, SIZE - 32), radius=180, fill=TEAL)
    font_file = next((Path(fontpkg_noto_sans_arabic.__file__).parent / "files").glob("*.ttf"))
    font = ImageFont.truetype(str(font_file), 620)
    try:
        font.set_variation_by_name("Bold")  # a heavier stroke still reads at 16 px
    except (OSError, ValueError):  # a Pillow built without FreeType variation support
        pass
    left, top, right, bottom = pen.textbbox((0, 0), "س", font=font)
    x = (SIZE - (right - left)) / 2 - left
    y = (SIZE - (bottom - top)) / 2 - top
    pen.text((x, y), "س", font=font, fill=WHITE)
    return image


def main() -> None:
    image = draw()
    image.resize((256, 256), Image.LANCZOS).save(HERE / "sanad.png", optimize=True)
    image.save(HERE / "sanad.ico", sizes=ICO_SIZES)


if __name__ == "__main__":
    main()
