// Package gsm measures and folds text for GSM-7 SMS: how many septets and
// segments a text costs, and a practice name made to cost one septet a
// character. Both the SMS gateway and the portal's codes and reminders use
// it, so every SMS phigate writes can be held to one segment.
package gsm

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// SegmentSeptets is what one GSM-7 SMS segment holds.
const SegmentSeptets = 160

// Septets returns the length of s in GSM 03.38 septets when every character
// is printable ASCII that GSM-7 can carry: the default alphabet counts one,
// the extension table (the escape plus the character) two. It returns -1 for
// anything else (non-ASCII, control characters but LF/CR, the backquote),
// which would switch the whole message to UCS-2 — 70 characters a segment.
func Septets(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\n' || c == '\r':
			n++
		case c < ' ' || c > '~' || c == '`':
			return -1
		case strings.IndexByte(gsmExtension, c) >= 0:
			n += 2
		default:
			n++
		}
	}
	return n
}

// gsmExtension are the ASCII characters GSM-7 sends as escape + code.
const gsmExtension = "[\\]^{|}~"

// Segments is the number of GSM-7 segments s needs (153 septets each when
// concatenated), or 0 when s is not GSM-7 ASCII.
func Segments(s string) int {
	n := Septets(s)
	switch {
	case n < 0:
		return 0
	case n <= SegmentSeptets:
		return 1
	default:
		return (n + 152) / 153
	}
}

// FoldName turns a practice name into text that costs one septet a
// character: accents are dropped (Clínica → Clinica), GSM-7 extension
// characters get a one-septet look-alike, anything else non-ASCII goes. The
// result is never longer (in bytes) than the name, which config validation
// bounds (configs.MaxPracticeNameLen).
func FoldName(name string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == ' ' || r == '\t' || unicode.IsSpace(r):
			if b.Len() > 0 {
				space = true
			}
			continue
		}
		var c byte
		switch {
		case r == '[' || r == '{':
			c = '('
		case r == ']' || r == '}':
			c = ')'
		case r == '\\' || r == '|':
			c = '/'
		case r == '^' || r == '`':
			c = '\''
		case r == '~':
			c = '-'
		case r == 'ß':
			c = 's'
		case r == 'Æ' || r == 'æ':
			c = 'e'
		case r == 'Ø' || r == 'ø':
			c = 'o'
		case r > ' ' && r < 0x7f:
			c = byte(r)
		default:
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteByte(c)
	}
	out := b.String()
	if out == "" {
		return "your clinic"
	}
	return out
}
