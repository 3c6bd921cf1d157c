package load

import (
	"os"
	"testing"
)

// BenchmarkLoad measures reading, normalising and segmenting a text file.
func BenchmarkLoad(b *testing.B) {
	data, err := os.ReadFile("../../assets/samples/sample.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		if _, err := Parse("sample.txt", data, FormatText); err != nil {
			b.Fatal(err)
		}
	}
}
