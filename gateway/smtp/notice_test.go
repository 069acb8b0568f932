package smtp

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/gateway"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestNoticeGolden pins the exact bytes a patient receives, so any change to
// the notice is a reviewed change of testdata/smtp/notice.golden.
func TestNoticeGolden(t *testing.T) {
	cfg, err := configs.Load("", []string{"PHIGATE_PRACTICE_PHONE=(555) 010-0199", "PHIGATE_SMTP_HOSTNAME=mx.practice.test"})
	if err != nil {
		t.Fatal(err)
	}
	r := NewEmailRenderer(cfg)
	m := &gateway.Message{From: "alice@practice.test", Received: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)}
	it, err := r.Notice(m, "pat@patient.test", gateway.Notice{
		URL:     "https://portal.practice.test/s/TOKEN",
		Expires: time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC),
	})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.ReplaceAll(string(it.Data), it.ID, "NOTICEID")
	golden := filepath.Join("..", "..", "testdata", "smtp", "notice.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("notice differs from %s (run with -update after review):\n%s", golden, got)
	}
}
