package sms

import (
	"errors"
	"net/url"
	"strings"
)

// Form parsing for everything that arrives as application/x-www-form-
// urlencoded: API requests from practice tools and webhooks from Twilio.
//
// url.ParseQuery would do, but it silently keeps every value of a repeated
// key while twilio-go's RequestValidator signs only the first; a forged
// second "Body" would then ride along a valid signature. So keys may repeat
// only where the caller says so, and the number of fields is bounded.

var (
	errFormSyntax = errors.New("malformed form body")
	errFormRepeat = errors.New("repeated form field")
	errFormFields = errors.New("too many form fields")
)

type field struct{ k, v string }

// form is a parsed body in order of appearance.
type form []field

// maxFormFields bounds a form: Twilio's inbound webhook sends about 20
// fields plus two per media item (at most 10).
const maxFormFields = 64

// parseForm decodes b. repeatable names the keys that may appear more than
// once (nil: none).
func parseForm(b []byte, repeatable func(string) bool) (form, error) {
	s := string(b)
	f := make(form, 0, 16)
	for s != "" {
		var kv string
		kv, s, _ = strings.Cut(s, "&")
		if kv == "" {
			continue
		}
		if strings.IndexByte(kv, ';') >= 0 {
			return nil, errFormSyntax
		}
		k, v, _ := strings.Cut(kv, "=")
		k, err := url.QueryUnescape(k)
		if err != nil || k == "" {
			return nil, errFormSyntax
		}
		v, err = url.QueryUnescape(v)
		if err != nil {
			return nil, errFormSyntax
		}
		if len(f) == maxFormFields {
			return nil, errFormFields
		}
		if repeatable == nil || !repeatable(k) {
			for _, p := range f {
				if p.k == k {
					return nil, errFormRepeat
				}
			}
		}
		f = append(f, field{k, v})
	}
	return f, nil
}

func (f form) get(k string) string {
	for _, p := range f {
		if p.k == k {
			return p.v
		}
	}
	return ""
}

func (f form) has(k string) bool {
	for _, p := range f {
		if p.k == k {
			return true
		}
	}
	return false
}

func (f form) all(k string) []string {
	var out []string
	for _, p := range f {
		if p.k == k {
			out = append(out, p.v)
		}
	}
	return out
}

// validE164 accepts "+" and 7 to 15 digits, the first not zero.
func validE164(s string) bool {
	if len(s) < 8 || len(s) > 16 || s[0] != '+' || s[1] < '1' || s[1] > '9' {
		return false
	}
	for i := 2; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// validSender accepts what Twilio accepts in From for SMS: an E.164 number,
// a short code (5-6 digits), or an alphanumeric sender ID (1-11 letters,
// digits and spaces with at least one letter).
func validSender(s string) bool {
	if validE164(s) {
		return true
	}
	if n := len(s); n >= 5 && n <= 6 && strings.Trim(s, "0123456789") == "" {
		return true
	}
	if len(s) < 1 || len(s) > 11 {
		return false
	}
	letter := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z':
			letter = true
		case c >= '0' && c <= '9', c == ' ':
		default:
			return false
		}
	}
	return letter
}

// validSID reports whether s is prefix plus 32 lower- or upper-case hex
// digits, the shape of every Twilio SID.
func validSID(s, prefix string) bool {
	if len(s) != len(prefix)+32 || !strings.HasPrefix(s, prefix) {
		return false
	}
	for i := len(prefix); i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// validCallbackURL accepts absolute http(s) URLs without credentials, as
// Twilio does for StatusCallback.
func validCallbackURL(s string) bool {
	if len(s) > maxURLLen {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" && u.User == nil && u.Fragment == ""
}

const maxURLLen = 2048
