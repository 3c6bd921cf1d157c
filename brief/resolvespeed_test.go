package brief

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The quick rejections that spare resolveEntities' helpers their full
// work must answer as the helpers first written: these tests compare them
// with the plain definitions, kept here, on names written for them and on
// random ones.

// trimArticleReference is trimArticle as first written: every article
// tried in turn.
func trimArticleReference(k string) string {
	for _, p := range []string{"al-", "el-", "ad-", "ed-", "as-", "es-", "ash-", "an-", "ar-", "at-", "az-"} {
		if strings.HasPrefix(k, p) && len(k) > len(p)+2 {
			return k[len(p):]
		}
	}
	return k
}

// cleanNameReference is cleanName as first written.
func cleanNameReference(s string) string {
	if !strings.ContainsAny(s, "[]") {
		return s
	}
	return strings.Join(strings.Fields(strings.NewReplacer("[", " ", "]", " ").Replace(s)), " ")
}

// randomKey makes a short string of letters, hyphens, brackets, spaces
// and a few runes beyond ASCII, so that articles, near-articles
// ("al-x", "ash-", "a-l") and brackets are common.
func randomKey(r *rand.Rand) string {
	parts := []string{"a", "l", "s", "h", "e", "d", "z", "-", "-", "[", "]", " ", "é", "ł", "\u2011", "\xff"}
	var b strings.Builder
	for range r.IntN(9) {
		b.WriteString(parts[r.IntN(len(parts))])
	}
	return b.String()
}

func TestTrimArticleAndCleanNameMatchTheirDefinitions(t *testing.T) {
	keys := []string{"", "a", "al", "al-", "al-r", "al-ra", "al-ras", "al-rashidi", "ash-", "ash-sh", "ash-shami",
		"as-shami", "el-tahawy", "az-zubi", "aL-rashidi", "al–rashidi", "rashidi", "a-rashidi", "alrashidi", "an-nour",
		"[Vladimir] Putin", "Putin [sic]", "[", "]", "Vladimir Putin", "Martínez [Jr]", "ab-cdef", "ar-r", "at-tal"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 5000 {
		keys = append(keys, randomKey(r))
	}
	for _, k := range keys {
		if got, want := trimArticle(k), trimArticleReference(k); got != want {
			t.Errorf("trimArticle(%q) = %q, want %q", k, got, want)
		}
		if got, want := cleanName(k), cleanNameReference(k); got != want {
			t.Errorf("cleanName(%q) = %q, want %q", k, got, want)
		}
	}
}
