package gsm

import (
	"strings"
	"testing"
)

func TestSeptets(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"", 0}, {"abc", 3}, {"a~b", 4}, {"[]{}\\^|~", 16}, {"line\nbreak", 10},
		{"`", -1}, {"é", -1}, {"tab\t", -1}, {"$@_!", 4},
	} {
		if got := Septets(tc.s); got != tc.want {
			t.Errorf("Septets(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
	if Segments(strings.Repeat("a", 160)) != 1 || Segments(strings.Repeat("a", 161)) != 2 || Segments(strings.Repeat("a", 307)) != 3 {
		t.Error("Segments boundaries")
	}
}

func TestFoldName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Example Aesthetics", "Example Aesthetics"},
		{"Clínica Estética Nuñez", "Clinica Estetica Nunez"},
		{"Dr. Müller & Söhne", "Dr. Muller & Sohne"},
		{"A {B} [C] ~D|E^F`G\\", "A (B) (C) -D/E'F'G/"},
		{"  spaced\t\tout  ", "spaced out"},
		{"診療所", "your clinic"},
		{"Ærø Straße", "ero Strase"},
	} {
		if got := FoldName(tc.in); got != tc.want {
			t.Errorf("FoldName(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if Septets(FoldName(tc.in)) != len(FoldName(tc.in)) {
			t.Errorf("FoldName(%q) has multi-septet characters", tc.in)
		}
	}
}
