package gui

import (
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/jeandeaual/go-locale"
)

// The library pane writes dates the way the user's region does: "Nov 26,
// 2026" in the United States, "2026-11-26" where the year comes first (East
// Asia, Hungary, Lithuania, Sweden, Canada), "26 Nov 2026" elsewhere. Month
// names stay English, as the rest of the app is.

// Date layouts by the order of day, month and year.
const (
	layoutDMY = "2 Jan 2006"
	layoutMDY = "Jan 2, 2006"
	layoutYMD = "2006-01-02"
)

var (
	dateLayoutOnce sync.Once
	dateLayout     string
)

// localDate writes a date in the user's region's order; "" for no date.
func localDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	dateLayoutOnce.Do(func() {
		if dateLayout == "" { // tests set it
			dateLayout = layoutForLocale(userLocale())
		}
	})
	return t.Format(dateLayout)
}

// userLocale is the locale dates are written in: on Unix-like systems
// LC_ALL, LC_TIME or LANG, as the C library reads them; else (and when
// they say nothing) the system's setting. Fyne's lang.SystemLocale is not
// used: it logs an error for the "C" locale of containers.
func userLocale() string {
	if runtime.GOOS != "windows" {
		for _, v := range []string{"LC_ALL", "LC_TIME", "LANG"} {
			if s := os.Getenv(v); s != "" {
				return s
			}
		}
	}
	if s, err := locale.GetLocale(); err == nil {
		return s
	}
	return ""
}

// layoutForLocale picks the date layout for a locale name ("en_US.UTF-8",
// "en-US", "ja_JP", "C").
func layoutForLocale(name string) string {
	name, _, _ = strings.Cut(name, ".")
	name, _, _ = strings.Cut(name, "@")
	name = strings.ReplaceAll(name, "-", "_")
	lang, region, _ := strings.Cut(name, "_")
	lang, region = strings.ToLower(lang), strings.ToUpper(region)
	if i := strings.IndexByte(region, '_'); i >= 0 { // "zh_Hans_CN"
		region = region[i+1:]
	}
	switch region {
	case "US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "UM", "VI":
		return layoutMDY
	case "CA":
		return layoutYMD
	}
	switch lang {
	case "ja", "zh", "ko", "hu", "lt", "mn", "sv":
		return layoutYMD
	}
	return layoutDMY
}
