package load

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// magic lists the signatures of common binary files, so that a user who drops
// a PDF or a Word file is told what it is.
var magic = []struct {
	prefix, kind string
}{
	{"%PDF", "a PDF document"},
	{"PK\x03\x04", "a ZIP archive (or a Word / OpenDocument file)"},
	{"\x89PNG", "a PNG image"},
	{"\xff\xd8\xff", "a JPEG image"},
	{"GIF8", "a GIF image"},
	{"\x1f\x8b", "a gzip archive"},
	{"\x7fELF", "a program"},
	{"MZ", "a Windows program"},
	{"\xd0\xcf\x11\xe0", "an old Microsoft Office file"},
	{"{\\rtf", "an RTF document"},
}

// decodeText turns raw bytes into UTF-8 text: UTF-8 with or without a byte
// order mark, UTF-16 with a byte order mark, and Windows-1252 when the bytes
// are not valid UTF-8. Binary data is refused.
func decodeText(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", fmt.Errorf("the UTF-16 text is damaged: %w", err)
		}
		return checkDecoded(string(out))
	}
	if err := checkBinary(data); err != nil {
		return "", err
	}
	if utf8.Valid(data) {
		return string(data), nil // nearly every file: no byte to replace
	}
	if mostlyUTF8(data) {
		return strings.ToValidUTF8(string(data), "\uFFFD"), nil
	}
	return decodeWith(charmap.Windows1252, data)
}

// checkBinary refuses data that starts like a known binary file or holds
// NUL bytes or many control characters.
func checkBinary(data []byte) error {
	for _, m := range magic {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return fmt.Errorf("%w: it looks like %s", errBinary, m.kind)
		}
	}
	if looksUTF16(data) {
		return errEncoding
	}
	if looksBinary(data) {
		return errBinary
	}
	return nil
}

// looksUTF16 reports whether data reads as UTF-16 text without a byte
// order mark: in its first 4 KiB, most pairs of bytes hold one zero byte,
// and nearly always on the same side (Latin text in UTF-16 is a letter
// and a zero, in one order or the other). Such a file is not binary, but
// which of the two orders it is cannot be told for sure.
func looksUTF16(data []byte) bool {
	head := data[:min(len(data), 4096)&^1]
	pairs := len(head) / 2
	if pairs < 8 {
		return false
	}
	even, odd := 0, 0
	for i := 0; i+1 < len(head); i += 2 {
		switch {
		case head[i] == 0 && head[i+1] != 0:
			even++
		case head[i] != 0 && head[i+1] == 0:
			odd++
		}
	}
	one, other := max(even, odd), min(even, odd)
	return one*10 >= pairs*3 && other*10 <= one
}

// mostlyUTF8 reports whether data is UTF-8, allowing a few damaged bytes
// among many good multi-byte characters (a file cut or edited carelessly):
// reading such a file as Windows-1252 would garble every accent in it.
// Windows-1252 text almost never holds valid multi-byte UTF-8 sequences.
func mostlyUTF8(data []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
		} else {
			good++
		}
		i += n
	}
	return bad == 0 || good >= 2*bad
}

func decodeWith(enc encoding.Encoding, data []byte) (string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("cannot decode the text: %w", err)
	}
	return checkDecoded(string(out))
}

// checkDecoded refuses decoded text that is mostly control characters, the
// mark of binary data read as text.
func checkDecoded(s string) (string, error) {
	if looksBinary([]byte(s)) {
		return "", errBinary
	}
	return s, nil
}

// looksBinary reports whether data holds NUL bytes or many control
// characters in its first 8 KiB.
func looksBinary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*20 > len(head)
}
