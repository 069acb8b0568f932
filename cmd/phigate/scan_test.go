package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type scanOut struct {
	PHI        bool     `json:"phi"`
	Categories []string `json:"categories"`
	Findings   []struct {
		Category, Rule, Part string
	} `json:"findings"`
}

func runScan(t *testing.T, stdin string, args ...string) (int, scanOut, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	code := run(context.Background(), env, append([]string{"scan"}, args...))
	var v scanOut
	if code == 0 {
		if err := json.Unmarshal(out.Bytes(), &v); err != nil {
			t.Fatalf("output is not one JSON object: %v: %q", err, out.String())
		}
		if strings.Count(strings.TrimSpace(out.String()), "\n") != 0 {
			t.Fatalf("want one line of JSON, got %q", out.String())
		}
	}
	return code, v, errb.String()
}

func TestScanText(t *testing.T) {
	secret := "B0tox"
	code, v, _ := runScan(t, "Hi Jane, your "+secret+" touch-up is Friday at 3", "--text", "-")
	if code != 0 || !v.PHI || len(v.Categories) == 0 {
		t.Fatalf("code %d verdict %+v", code, v)
	}
	code, v, _ = runScan(t, "Reminder: your appointment is Friday at 3. Reply C to confirm.", "--text", "-")
	if code != 0 || v.PHI || v.Categories == nil || v.Findings == nil {
		t.Fatalf("clean text: code %d verdict %+v", code, v)
	}
}

func TestScanNeverPrintsMatchedText(t *testing.T) {
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader("Subject: Juvederm\r\n\r\nYour Juvederm and SSN 123-45-6780\r\n"), Stdout: &out, Stderr: &errb}
	if code := run(context.Background(), env, []string{"scan", "-"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	s := strings.ToLower(out.String() + errb.String())
	for _, w := range []string{"123-45", "6780"} {
		if strings.Contains(s, w) {
			t.Fatalf("output contains matched text %q: %s", w, s)
		}
	}
	if !strings.Contains(s, `"part":"subject"`) || !strings.Contains(s, `"ssn"`) {
		t.Fatalf("want subject and ssn findings: %s", s)
	}
}

func TestScanEmailFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "m.eml")
	msg := "From: \"Front Desk\" <fd@example.com>\r\nTo: pat@example.com\r\nSubject: Photos\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n" +
		"--XX\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"before_after_lips.bin\"\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n/9j/4AAQSkZJRgABAQ==\r\n--XX--\r\n"
	if err := os.WriteFile(p, []byte(msg), 0o600); err != nil {
		t.Fatal(err)
	}
	code, v, errs := runScan(t, "", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	parts := map[string]bool{}
	for _, f := range v.Findings {
		parts[f.Category+"/"+f.Part] = true
	}
	if !parts["image/attachment"] || !parts["clinical/filename"] {
		t.Fatalf("want a sniffed image and a filename finding, got %+v", v)
	}
}

func TestScanMalformedFailsClosed(t *testing.T) {
	msg := "Subject: hi\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n--XX--\r\n"
	code, v, _ := runScan(t, msg, "-")
	if code != 0 || !v.PHI || !contains(v.Categories, "unparsable") {
		t.Fatalf("code %d verdict %+v", code, v)
	}
}

func TestScanErrors(t *testing.T) {
	if code, _, errs := runScan(t, "", "--text", filepath.Join(t.TempDir(), "missing.txt")); code == 0 || !strings.Contains(errs, "phigate scan") {
		t.Fatalf("missing file: code %d stderr %q", code, errs)
	}
	if code, _, _ := runScan(t, ""); code == 0 {
		t.Fatal("no path: want non-zero exit")
	}
	if code, _, errs := runScan(t, "x", "--config", filepath.Join(t.TempDir(), "nope.yaml"), "-"); code == 0 || errs == "" {
		t.Fatalf("bad config: code %d", code)
	}
}

func TestScanConfigExtraTerms(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "c.yaml")
	os.WriteFile(cfg, []byte("filters:\n  extra_terms:\n    - id: practice.glowup\n      category: procedure\n      terms: [glow up package]\n"), 0o600)
	code, v, errs := runScan(t, "Your Glow-Up Package is booked", "--config", cfg, "--text", "-")
	if code != 0 || !v.PHI || v.Findings[0].Rule != "practice.glowup" {
		t.Fatalf("code %d %s verdict %+v", code, errs, v)
	}
}

func TestScanConfigMRNPatterns(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "c.yaml")
	if err := os.WriteFile(cfg, []byte("filters:\n  mrn_patterns: ['\\bGL-\\d{6}\\b']\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Please pull GL-448120 before Friday", true},
		{"Please pull GL-44 before Friday", false},
	} {
		code, v, errs := runScan(t, tc.in, "--config", cfg, "--text", "-")
		if code != 0 || contains(v.Categories, "mrn") != tc.want {
			t.Errorf("%q: code %d %s verdict %+v", tc.in, code, errs, v)
		}
	}
	if err := os.WriteFile(cfg, []byte("filters:\n  mrn_patterns: ['(']\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runScan(t, "x", "--config", cfg, "--text", "-"); code == 0 || !strings.Contains(errs, "mrn_patterns") {
		t.Fatalf("bad pattern: code %d, stderr %q", code, errs)
	}
}

// TestScanJSONShape pins the contract's exact output: empty arrays, not
// null, when nothing is found; the three keys of a finding in order.
func TestScanJSONShape(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"See you Friday at 10:30", `{"phi":false,"categories":[],"findings":[]}` + "\n"},
		{"Your Botox is Friday", `{"phi":true,"categories":["product"],"findings":[{"category":"product","rule":"toxin.botox","part":"body"}]}` + "\n"},
	} {
		var out, errb bytes.Buffer
		env := &Env{Stdin: strings.NewReader(tc.in), Stdout: &out, Stderr: &errb}
		if code := run(context.Background(), env, []string{"scan", "--text", "-"}); code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		if out.String() != tc.want {
			t.Errorf("%q:\n got %s want %s", tc.in, out.String(), tc.want)
		}
	}
}

func TestScanPatientsFile(t *testing.T) {
	dir := t.TempDir()
	pf := filepath.Join(dir, "patients.txt")
	if err := os.WriteFile(pf, []byte("Evelyn Marchetti\n\nThaddeus Whitcombe\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	msg := "Please call Evelyn Marchetti back about her account."
	if _, v, _ := runScan(t, msg, "--text", "-"); v.PHI {
		t.Fatalf("no directory: %+v", v)
	}
	code, v, errs := runScan(t, msg, "--patients", pf, "--text", "-")
	if code != 0 || !contains(v.Categories, "patient_name") {
		t.Fatalf("code %d %s verdict %+v", code, errs, v)
	}
	if code, _, errs := runScan(t, msg, "--patients", filepath.Join(dir, "nope"), "--text", "-"); code == 0 || !strings.Contains(errs, "patients") {
		t.Fatalf("missing patients file: code %d %q", code, errs)
	}
}

// TestScanTextWithoutFlag: a file that is no message at all (an SMS body
// given without --text) is scanned as text; a message that is malformed
// still fails closed.
func TestScanTextWithoutFlag(t *testing.T) {
	for _, tc := range []struct {
		in         string
		phi, unpar bool
	}{
		{"Running about 10 min behind today: sorry!\n", false, false},
		{"Reminder: Kybella session #2 on 6/18 at 10am.\n", true, false}, // not a header
		{"Reminder: your appointment is at 10:30\n", false, false},
		{"Hi Dana, your lip filler touch-up is Thursday\n", true, false},
		{"From: a@example.com\r\nSubject: hi\r\nContent-Transfer-Encoding: bogus\r\n\r\nbody\r\n", true, true},
	} {
		code, v, errs := runScan(t, tc.in, "-")
		if code != 0 || v.PHI != tc.phi || contains(v.Categories, "unparsable") != tc.unpar {
			t.Errorf("%q: code %d %s verdict %+v", tc.in, code, errs, v)
		}
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
