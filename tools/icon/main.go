// Command icon draws Briefing's app icon, assets/icon.png: a white page of
// text with one line highlighted, on a blue rounded square, with an amber
// quotation-mark badge. It is drawn from shapes (signed distance functions,
// 4×4 samples a pixel) with the standard library only, so the icon can be
// changed here and regenerated exactly:
//
//	go run ./tools/icon             # writes assets/icon.png
//	go run ./tools/icon -o x.png -size 48
package main

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
)

func main() {
	out := flag.String("o", "assets/icon.png", "the PNG file to write")
	size := flag.Int("size", 512, "the width and height in pixels")
	flag.Parse()
	if err := os.WriteFile(*out, encode(draw(*size)), 0o644); err != nil {
		fmt.Fprintf(os.Stderr, "icon: cannot write the icon: %v\n", err)
		os.Exit(1)
	}
}

// encode returns img as PNG bytes.
func encode(img image.Image) []byte {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, img); err != nil {
		panic(err) // encoding to memory cannot fail
	}
	return buf.Bytes()
}

// The design is laid out on a 512×512 grid and scaled to the output size.
const grid = 512

// Colours.
var (
	blueTop    = rgb(0x2f, 0x6b, 0xe0)
	blueBottom = rgb(0x1a, 0x3f, 0x9e)
	paper      = rgb(0xff, 0xff, 0xff)
	fold       = rgb(0xb9, 0xc9, 0xe8)
	ink        = rgb(0x1a, 0x3f, 0x9e)
	text       = rgb(0xa9, 0xb6, 0xcc)
	marker     = rgb(0xff, 0xd4, 0x4d)
	amber      = rgb(0xf5, 0x9e, 0x0b)
)

// layer is one shape: its signed distance (negative inside, in grid units)
// and its colour at a point.
type layer struct {
	dist  func(x, y float64) float64
	paint func(x, y float64) rgba
}

// Page geometry.
const (
	pageL, pageT, pageR, pageB = 100.0, 78.0, 340.0, 422.0
	pageRadius                 = 22.0
	foldSize                   = 72.0
	lineL, lineR               = 138.0, 302.0
)

// Quote badge geometry.
const (
	badgeX, badgeY, badgeR = 346.0, 370.0, 94.0
	badgeRing              = 12.0
)

func layers() []layer {
	var ls []layer
	add := func(d func(x, y float64) float64, c rgba) {
		ls = append(ls, layer{d, func(_, _ float64) rgba { return c }})
	}
	// The background: a rounded square with a top-to-bottom gradient.
	ls = append(ls, layer{
		func(x, y float64) float64 { return roundRect(x, y, 16, 16, 496, 496, 104) },
		func(_, y float64) rgba { return mix(blueTop, blueBottom, (y-16)/480) },
	})
	// The page, its top-right corner folded down.
	foldX := pageR - foldSize
	add(func(x, y float64) float64 {
		// Cut the corner along the line through (foldX, pageT) and
		// (pageR, pageT+foldSize).
		cut := ((x - foldX) - (y - pageT)) / math.Sqrt2
		return math.Max(roundRect(x, y, pageL, pageT, pageR, pageB, pageRadius), cut)
	}, paper)
	add(func(x, y float64) float64 {
		return triangle(x, y, foldX, pageT, foldX, pageT+foldSize, pageR, pageT+foldSize) - 0.5
	}, fold)
	// The headline, then lines of text; the third is highlighted.
	// Few, thick lines, so that they stay apart at 32 pixels.
	add(func(x, y float64) float64 { return capsule(x, y, lineL, 140, 236, 140, 15) }, ink)
	rows := []struct{ y, r float64 }{{204, lineR}, {260, 286}, {316, lineR}, {372, 220}}
	for i, row := range rows {
		if i == 1 {
			add(func(x, y float64) float64 { return roundRect(x, y, lineL-18, row.y-25, row.r+18, row.y+25, 10) }, marker)
			add(func(x, y float64) float64 { return capsule(x, y, lineL, row.y, row.r, row.y, 11) }, ink)
			continue
		}
		add(func(x, y float64) float64 { return capsule(x, y, lineL, row.y, row.r, row.y, 11) }, text)
	}
	// The badge: an amber disc with a ring of the background's blue around
	// it, holding a white closing quotation mark.
	add(func(x, y float64) float64 { return circle(x, y, badgeX, badgeY, badgeR+badgeRing) }, blueBottom)
	add(func(x, y float64) float64 { return circle(x, y, badgeX, badgeY, badgeR) }, amber)
	for _, dx := range []float64{-29, 29} {
		add(func(x, y float64) float64 { return quoteMark(x, y, badgeX+dx, badgeY-12, 22) }, paper)
	}
	return ls
}

// quoteMark is one comma of a closing quotation mark (”): a dot of radius
// r centred at (cx, cy) with a tail curling down to the left.
func quoteMark(x, y, cx, cy, r float64) float64 {
	dot := circle(x, y, cx, cy, r)
	// The tail is the part of a ring (centre left of the dot) below the
	// dot's centre, tapering to a point.
	tx, ty := cx-r*1.1, cy
	ringR := r * 2.1
	d := math.Hypot(x-tx, y-ty)
	ang := math.Atan2(y-ty, x-tx) // 0 to the right, positive downwards
	// Thickness falls from 2r at angle 0 to 0 at 75°.
	t := 1 - ang/(75*math.Pi/180)
	if ang < 0 || t <= 0 {
		return dot
	}
	// The band runs from ringR-2*half to ringR: its outer edge stays on
	// the ring while it thins.
	half := r * t
	tail := math.Abs(d-(ringR-half)) - half
	return math.Min(dot, tail)
}

// draw renders the icon at size×size pixels.
func draw(size int) *image.NRGBA {
	const ss = 4 // samples per pixel along each axis, on the shapes' edges
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	ls := layers()
	scale := float64(grid) / float64(size)
	// Anti-aliasing: a sample's coverage ramps over half an output pixel
	// either side of the edge.
	aa := scale / 2
	// A pixel whose centre is further than this from every edge lies wholly
	// inside or outside each shape: one sample at its centre is exact. (The
	// distance functions are true distances, or close: hence the 1.5.)
	uniform := 1.5 * (scale*math.Sqrt2/2 + aa)
	sample := func(x, y float64) rgba {
		var c rgba
		for _, l := range ls {
			if cov := clamp(0.5 - l.dist(x, y)/(2*aa)); cov > 0 {
				c = over(l.paint(x, y).times(cov), c)
			}
		}
		return c
	}
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			cx, cy := (float64(px)+0.5)*scale, (float64(py)+0.5)*scale
			edge := false
			for _, l := range ls {
				if math.Abs(l.dist(cx, cy)) < uniform {
					edge = true
					break
				}
			}
			if !edge {
				img.SetNRGBA(px, py, sample(cx, cy).nrgba())
				continue
			}
			var sum rgba
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/ss) * scale
					y := (float64(py) + (float64(sy)+0.5)/ss) * scale
					sum = sum.plus(sample(x, y))
				}
			}
			img.SetNRGBA(px, py, sum.times(1.0/(ss*ss)).nrgba())
		}
	}
	return img
}

// rgba is a colour with premultiplied alpha, components in [0, 1].
type rgba struct{ r, g, b, a float64 }

func rgb(r, g, b uint8) rgba {
	return rgba{float64(r) / 255, float64(g) / 255, float64(b) / 255, 1}
}

func (c rgba) times(k float64) rgba { return rgba{c.r * k, c.g * k, c.b * k, c.a * k} }
func (c rgba) plus(d rgba) rgba     { return rgba{c.r + d.r, c.g + d.g, c.b + d.b, c.a + d.a} }

// over composites src over dst.
func over(src, dst rgba) rgba { return src.plus(dst.times(1 - src.a)) }

func (c rgba) nrgba() color.NRGBA {
	if c.a <= 0 {
		return color.NRGBA{}
	}
	to8 := func(v float64) uint8 { return uint8(math.Round(clamp(v) * 255)) }
	return color.NRGBA{to8(c.r / c.a), to8(c.g / c.a), to8(c.b / c.a), to8(c.a)}
}

func mix(a, b rgba, t float64) rgba { t = clamp(t); return a.times(1 - t).plus(b.times(t)) }

func clamp(v float64) float64 { return math.Max(0, math.Min(1, v)) }

// Signed distance functions: negative inside the shape.

func circle(x, y, cx, cy, r float64) float64 { return math.Hypot(x-cx, y-cy) - r }

func roundRect(x, y, l, t, r, b, radius float64) float64 {
	cx, cy := (l+r)/2, (t+b)/2
	hx, hy := (r-l)/2-radius, (b-t)/2-radius
	qx, qy := math.Abs(x-cx)-hx, math.Abs(y-cy)-hy
	outside := math.Hypot(math.Max(qx, 0), math.Max(qy, 0))
	return outside + math.Min(math.Max(qx, qy), 0) - radius
}

// capsule is a line from (ax, ay) to (bx, by) with round ends, r thick on
// each side.
func capsule(x, y, ax, ay, bx, by, r float64) float64 {
	px, py := x-ax, y-ay
	dx, dy := bx-ax, by-ay
	h := clamp((px*dx + py*dy) / (dx*dx + dy*dy))
	return math.Hypot(px-dx*h, py-dy*h) - r
}

// triangle is the filled triangle with the given corners (exact distance).
func triangle(x, y, x0, y0, x1, y1, x2, y2 float64) float64 {
	e := [3][2]float64{{x1 - x0, y1 - y0}, {x2 - x1, y2 - y1}, {x0 - x2, y0 - y2}}
	v := [3][2]float64{{x - x0, y - y0}, {x - x1, y - y1}, {x - x2, y - y2}}
	d := math.Inf(1)
	s := math.Copysign(1, e[0][0]*e[2][1]-e[0][1]*e[2][0])
	inside := true
	for i := range 3 {
		h := clamp((v[i][0]*e[i][0] + v[i][1]*e[i][1]) / (e[i][0]*e[i][0] + e[i][1]*e[i][1]))
		qx, qy := v[i][0]-e[i][0]*h, v[i][1]-e[i][1]*h
		d = math.Min(d, math.Hypot(qx, qy))
		if s*(v[i][0]*e[i][1]-v[i][1]*e[i][0]) < 0 {
			inside = false
		}
	}
	if inside {
		return -d
	}
	return d
}
