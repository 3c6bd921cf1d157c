// Command pkgicons makes the icon files the installable packages need from
// the app icon (assets/icon.png, the one FyneApp.toml names), scaled with
// golang.org/x/image/draw's Catmull-Rom filter, so no scaled copy is kept in
// the repository:
//
//	go run ./tools/pkgicons -hicolor DIR -name ID assets/icon.png
//	    DIR/48x48/apps/ID.png … DIR/512x512/apps/ID.png, the sizes of the
//	    freedesktop hicolor icon theme a Linux package installs
//	go run ./tools/pkgicons -ico FILE assets/icon.png
//	    a Windows icon with 16, 24, 32, 48, 64 and 256 pixel images (PNG
//	    inside, as Windows Vista and later read), for the installer
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"

	"golang.org/x/image/draw"
)

// HicolorSizes are the sizes written into the hicolor theme.
var HicolorSizes = []int{48, 128, 256, 512}

// ICOSizes are the sizes in the Windows icon: the shell picks from these for
// lists, tiles, the taskbar and Apps & features.
var ICOSizes = []int{16, 24, 32, 48, 64, 256}

func main() {
	hicolor := flag.String("hicolor", "", "write the hicolor theme's PNG icons under this folder")
	name := flag.String("name", "", "the icon name (the app ID) for -hicolor")
	ico := flag.String("ico", "", "write a Windows .ico file")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: pkgicons [-hicolor DIR -name ID] [-ico FILE] ICON.png")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 || (*hicolor == "") == (*ico == "") || (*hicolor != "" && *name == "") {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *hicolor, *name, *ico); err != nil {
		fmt.Fprintf(os.Stderr, "pkgicons: %v\n", err)
		os.Exit(1)
	}
}

func run(iconPath, hicolor, name, ico string) error {
	src, err := readPNG(iconPath)
	if err != nil {
		return err
	}
	if hicolor != "" {
		for _, size := range HicolorSizes {
			data, err := encodePNG(scale(src, size))
			if err != nil {
				return err
			}
			dir := filepath.Join(hicolor, fmt.Sprintf("%dx%d", size, size), "apps")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(dir, name+".png"), data, 0o644); err != nil {
				return err
			}
		}
	}
	if ico != "" {
		data, err := encodeICO(src, ICOSizes)
		if err != nil {
			return err
		}
		return os.WriteFile(ico, data, 0o644)
	}
	return nil
}

// readPNG reads a square PNG image.
func readPNG(path string) (image.Image, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if b := img.Bounds(); b.Dx() != b.Dy() || b.Dx() < 256 {
		return nil, fmt.Errorf("%s is %dx%d; want a square of at least 256 pixels", path, b.Dx(), b.Dy())
	}
	return img, nil
}

// scale returns src drawn at size×size pixels.
func scale(src image.Image, size int) *image.NRGBA {
	dst := image.NewNRGBA(image.Rect(0, 0, size, size))
	draw.CatmullRom.Scale(dst, dst.Bounds(), src, src.Bounds(), draw.Src, nil)
	return dst
}

func encodePNG(img image.Image) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// encodeICO returns an .ico file holding src at each size as a PNG image:
// the ICONDIR header, one ICONDIRENTRY a size (a width or height of 256 is
// written as 0), then the images.
func encodeICO(src image.Image, sizes []int) ([]byte, error) {
	if len(sizes) == 0 {
		return nil, errors.New("no icon sizes")
	}
	images := make([][]byte, len(sizes))
	for i, size := range sizes {
		if size < 1 || size > 256 {
			return nil, fmt.Errorf("icon size %d is not between 1 and 256", size)
		}
		data, err := encodePNG(scale(src, size))
		if err != nil {
			return nil, err
		}
		images[i] = data
	}
	var buf bytes.Buffer
	le := binary.LittleEndian
	header := make([]byte, 6)
	le.PutUint16(header[2:], 1) // type: icon
	le.PutUint16(header[4:], uint16(len(sizes)))
	buf.Write(header)
	offset := 6 + 16*len(sizes)
	for i, size := range sizes {
		entry := make([]byte, 16)
		entry[0], entry[1] = byte(size%256), byte(size%256) // 256 is 0
		le.PutUint16(entry[4:], 1)                          // colour planes
		le.PutUint16(entry[6:], 32)                         // bits per pixel
		le.PutUint32(entry[8:], uint32(len(images[i])))
		le.PutUint32(entry[12:], uint32(offset))
		buf.Write(entry)
		offset += len(images[i])
	}
	for _, data := range images {
		buf.Write(data)
	}
	return buf.Bytes(), nil
}
