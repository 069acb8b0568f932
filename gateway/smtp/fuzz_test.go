package smtp

import (
	"bytes"
	"strings"
	"testing"
)

func TestCleanCopy(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"trace then fields",
			"Received: x\r\nFrom: a@b\r\nBcc: c@d\r\nSubject: s\r\n\r\nbody\r\n",
			"Received: x\r\nX-Phigate-Scan: clean\r\nFrom: a@b\r\nSubject: s\r\n\r\nbody\r\n"},
		{"folded bcc removed whole",
			"Received: x\r\nBCC: c@d,\r\n e@f\r\nFrom: a@b\r\n\r\nb",
			"Received: x\r\nX-Phigate-Scan: clean\r\nFrom: a@b\r\n\r\nb"},
		{"folded trace kept whole",
			"Received: from x\r\n\tby y; date\r\nFrom: a@b\r\n\r\nb",
			"Received: from x\r\n\tby y; date\r\nX-Phigate-Scan: clean\r\nFrom: a@b\r\n\r\nb"},
		{"header only", "Received: x\r\n", "Received: x\r\nX-Phigate-Scan: clean\r\n"},
		{"bare LF", "Received: x\nFrom: a\n\nbody\n", "Received: x\nX-Phigate-Scan: clean\r\nFrom: a\n\nbody\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(cleanCopy([]byte(tc.in))); got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// FuzzCleanCopy: whatever arrives, the relayed copy says it was scanned,
// keeps the body byte-for-byte, and carries no Bcc field.
func FuzzCleanCopy(f *testing.F) {
	f.Add([]byte("Received: x\r\nFrom: a@b\r\nBcc: c@d\r\n\r\nbody"))
	f.Add([]byte("Received: x\r\n\r\n"))
	f.Add([]byte("\r\n\r\n"))
	f.Add([]byte("Bcc: a\r\n\tb\r\n\r\nx"))
	f.Fuzz(func(t *testing.T, in []byte) {
		out := cleanCopy(in)
		if !bytes.Contains(out, []byte("X-Phigate-Scan: clean\r\n")) {
			t.Fatal("no scan header")
		}
		body := in[headerEnd(in):]
		if !bytes.HasSuffix(out, body) {
			t.Fatal("body changed")
		}
		for _, f := range splitFields(out[:headerEnd(out)]) {
			name, _, ok := bytes.Cut(f, []byte(":"))
			if ok && strings.EqualFold(strings.TrimSpace(string(name)), "bcc") {
				t.Fatalf("bcc survived: %q", f)
			}
		}
	})
}

func FuzzCheckHeader(f *testing.F) {
	f.Add([]byte("From: a@b\r\n\r\nbody"))
	f.Add([]byte("garbage"))
	f.Add([]byte("From: a@b"))
	f.Fuzz(func(t *testing.T, in []byte) {
		_ = checkHeader(in)
	})
}
