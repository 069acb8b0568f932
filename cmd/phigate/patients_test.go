package main

import (
	"strings"
	"testing"

	"github.com/phigate/phigate/portal"
)

// FuzzReadPatientsCSV: an import file of any shape is refused or yields
// only rows with an address and a date of birth that is empty or real, and
// an error never quotes a field of the file (the directory is PHI).
func FuzzReadPatientsCSV(f *testing.F) {
	f.Add("address,name,dob\npat@example.com,Pat Doe,1984-03-27\n", "Pat Doe", "1984-03-27")
	f.Add("Address , DOB\n+15550001111,1990-2-31\n", "Q", "1990-02-31")
	f.Add("name\nx\n", "x", "")
	f.Add("address,dob\n\"a@b,1984-03-27\n", "", "")
	f.Fuzz(func(t *testing.T, head, name, dob string) {
		// head is a whole file; name and dob also go into one of a fixed shape
		for _, in := range []string{head, "address,name,dob\npat@example.com," + quote(name) + "," + quote(dob) + "\n"} {
			chunks, err := readPatientsCSV(strings.NewReader(in))
			if err != nil {
				for _, v := range []string{strings.TrimSpace(name), strings.TrimSpace(dob)} {
					if len(v) >= 12 && strings.Contains(err.Error(), v) {
						t.Fatalf("error quotes a field: %v", err)
					}
				}
				continue
			}
			for _, c := range chunks {
				for addr, p := range c {
					if addr == "" {
						t.Fatal("row without an address")
					}
					if _, ok := portal.NormDOB(p.DOB); p.DOB != "" && !ok {
						t.Fatalf("DOB %q accepted", p.DOB)
					}
				}
			}
		}
	})
}

func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
