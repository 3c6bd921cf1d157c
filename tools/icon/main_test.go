package main

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// The committed icon is what this program draws: a change to the design
// must be followed by `go run ./tools/icon`. Pixels may differ by a step or
// two (floating point differs between CPUs), not more.
func TestIconIsUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("draws the full icon")
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "assets", "icon.png"))
	if err != nil {
		t.Fatal(err)
	}
	committed, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	drawn := draw(grid)
	if committed.Bounds() != drawn.Bounds() {
		t.Fatalf("assets/icon.png is %v, the design %v", committed.Bounds(), drawn.Bounds())
	}
	// Compare premultiplied colours: the colour of a nearly transparent
	// pixel is noise.
	worst, where := uint32(0), image.Point{}
	for y := 0; y < grid; y++ {
		for x := 0; x < grid; x++ {
			r1, g1, b1, a1 := committed.At(x, y).RGBA()
			r2, g2, b2, a2 := drawn.At(x, y).RGBA()
			for _, d := range []uint32{diff(r1, r2), diff(g1, g2), diff(b1, b2), diff(a1, a2)} {
				if d>>8 > worst {
					worst, where = d>>8, image.Pt(x, y)
				}
			}
		}
	}
	if worst > 2 {
		t.Errorf("assets/icon.png differs from the design by %d at %v: run go run ./tools/icon", worst, where)
	}
}

// The icon is a square with transparent corners (the rounded background)
// and an opaque middle.
func TestIconShape(t *testing.T) {
	img := draw(64)
	if a := img.NRGBAAt(0, 0).A; a != 0 {
		t.Errorf("corner alpha %d, want 0", a)
	}
	if a := img.NRGBAAt(32, 32).A; a != 255 {
		t.Errorf("centre alpha %d, want 255", a)
	}
}

func diff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}
