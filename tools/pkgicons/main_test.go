package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

const appIcon = "../../assets/icon.png"

// similar fails unless img looks like src: the same size class aside, the
// average colour of each quarter matches within a few steps (a scaled icon
// keeps its layout; a blank, shifted or wrong image does not).
func similar(t *testing.T, what string, img, src image.Image) {
	t.Helper()
	a, b := quarters(img), quarters(src)
	for q := range a {
		for c := range a[q] {
			if d := a[q][c] - b[q][c]; d > 6 || d < -6 {
				t.Errorf("%s: quarter %d channel %d averages %.0f, the icon %.0f", what, q, c, a[q][c], b[q][c])
			}
		}
	}
}

// quarters returns the average premultiplied RGBA (0–255) of img's four
// quarters.
func quarters(img image.Image) [4][4]float64 {
	var sum [4][4]float64
	var n [4]float64
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			q := 0
			if x-b.Min.X >= b.Dx()/2 {
				q++
			}
			if y-b.Min.Y >= b.Dy()/2 {
				q += 2
			}
			r, g, bl, al := img.At(x, y).RGBA()
			for c, v := range []uint32{r, g, bl, al} {
				sum[q][c] += float64(v >> 8)
			}
			n[q]++
		}
	}
	for q := range sum {
		for c := range sum[q] {
			sum[q][c] /= n[q]
		}
	}
	return sum
}

func TestHicolor(t *testing.T) {
	src, err := readPNG(appIcon)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := run(appIcon, dir, "io.example.App", ""); err != nil {
		t.Fatal(err)
	}
	for _, size := range HicolorSizes {
		path := filepath.Join(dir, fmt.Sprintf("%dx%d", size, size), "apps", "io.example.App.png")
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if b := img.Bounds(); b.Dx() != size || b.Dy() != size {
			t.Errorf("%s is %dx%d, want %dx%d", path, b.Dx(), b.Dy(), size, size)
		}
		similar(t, path, img, src)
	}
}

func TestICO(t *testing.T) {
	src, err := readPNG(appIcon)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "app.ico")
	if err := run(appIcon, "", "", path); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	le := binary.LittleEndian
	if len(data) < 6 || le.Uint16(data) != 0 || le.Uint16(data[2:]) != 1 {
		t.Fatalf("no ICONDIR header: % x", data[:min(6, len(data))])
	}
	count := int(le.Uint16(data[4:]))
	if count != len(ICOSizes) {
		t.Fatalf("%d images, want %d", count, len(ICOSizes))
	}
	for i := range count {
		entry := data[6+16*i : 6+16*(i+1)]
		w, h := int(entry[0]), int(entry[1])
		if w == 0 {
			w = 256
		}
		if h == 0 {
			h = 256
		}
		size, offset := int(le.Uint32(entry[8:])), int(le.Uint32(entry[12:]))
		if offset+size > len(data) {
			t.Fatalf("image %d runs past the end of the file", i)
		}
		img, err := png.Decode(bytes.NewReader(data[offset : offset+size]))
		if err != nil {
			t.Fatalf("image %d: %v", i, err)
		}
		if b := img.Bounds(); b.Dx() != w || b.Dy() != h || w != ICOSizes[i] {
			t.Errorf("image %d: entry says %dx%d, the PNG is %dx%d, want %d", i, w, h, b.Dx(), b.Dy(), ICOSizes[i])
		}
		if ICOSizes[i] >= 32 {
			similar(t, fmt.Sprintf("image %d", i), img, src)
		}
	}
}

func TestRefusesABadIcon(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.png")
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewNRGBA(image.Rect(0, 0, 64, 32))); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(small, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	notPNG := filepath.Join(dir, "icon.png")
	if err := os.WriteFile(notPNG, []byte("GIF89a"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{small, notPNG, filepath.Join(dir, "missing.png")} {
		if err := run(p, dir, "x", ""); err == nil {
			t.Errorf("%s: no error", filepath.Base(p))
		}
	}
}
