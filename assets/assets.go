// Package assets holds the files Briefing embeds in its binary: the PDF
// fonts (Noto Sans, SIL Open Font License 1.1), the app icon and the sample
// article shown on first launch.
package assets

import "embed"

// Fonts holds fonts/NotoSans-{Regular,Bold,Italic,BoldItalic}.ttf and
// fonts/OFL.txt, their licence.
//
//go:embed fonts/*.ttf fonts/OFL.txt
var Fonts embed.FS

// Samples holds the sample articles (samples/*.txt), written for Briefing.
//
//go:embed samples/*.txt
var Samples embed.FS

// Icon is the app icon, a 512×512 PNG.
//
//go:embed icon.png
var Icon []byte
