package sms

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/phigate/phigate/configs"
	"github.com/phigate/phigate/gateway"
	"github.com/phigate/phigate/gateway/gsm"
	"github.com/phigate/phigate/vault/links"
	"github.com/phigate/phigate/vault/queue"
)

// loadCfg loads the embedded defaults with env overrides, through the same
// validation a real start uses.
func loadCfg(t *testing.T, env ...string) (*configs.Config, error) {
	t.Helper()
	return configs.Load("", append([]string{"PHIGATE_DATA_DIR=" + t.TempDir()}, env...))
}

func TestNoticeFitsOneSegmentAtConfigLimits(t *testing.T) {
	name40 := strings.Repeat("N", configs.MaxPracticeNameLen)
	host := "https://" + strings.Repeat("p", configs.MaxBaseURLLen-len("https://"))
	// Two-septet GSM characters wherever validation lets them stand.
	tilde := "https://a.b/" + strings.Repeat("~", configs.MaxBaseURLLen-len("https://a.b/"))
	for _, tc := range []struct {
		name, practice, base string
		wantHint             bool
	}{
		{"longest name and base URL", name40, host, true},
		{"longest name, base URL with trailing slash", name40, host + "/", true},
		{"longest name, base URL of extension characters", name40, tilde, false},
		{"accented name at the byte limit", strings.Repeat("é", configs.MaxPracticeNameLen/2), host, true},
		{"name of GSM extension characters", strings.Repeat("{", configs.MaxPracticeNameLen), host, true},
		{"non-Latin name", "診療所", host, true},
		{"default config", "", "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var env []string
			if tc.practice != "" {
				env = append(env, "PHIGATE_PRACTICE_NAME="+tc.practice, "PHIGATE_PORTAL_BASE_URL="+tc.base)
			}
			cfg, err := loadCfg(t, env...)
			if err != nil {
				t.Fatalf("config validation refused the case: %v", err)
			}
			tok, err := links.NewToken(links.SMSTokenBytes)
			if err != nil {
				t.Fatal(err)
			}
			if raw, _ := base64.RawURLEncoding.DecodeString(tok); len(raw)*8 < 128 {
				t.Fatalf("SMS token carries %d bits, want ≥ 128", len(raw)*8)
			}
			url := strings.TrimSuffix(cfg.Portal.BaseURL, "/") + "/s/" + tok
			r := NewRenderer(cfg)
			m := &gateway.Message{ID: gateway.NewID(), Channel: queue.ChannelSMS, From: "+15550100000", Recipients: []string{"+15550100001"}}
			it, err := r.Notice(m, "+15550100001", gateway.Notice{URL: url})
			if err != nil {
				t.Fatal(err)
			}
			text := string(it.Data)
			for i := 0; i < len(text); i++ {
				if text[i] < 0x20 || text[i] > 0x7e {
					t.Fatalf("notice has a non-ASCII byte %#x: %q", text[i], text)
				}
			}
			if n := gsm.Septets(text); n < 0 || n > gsm.SegmentSeptets {
				t.Fatalf("notice is %d septets (> %d): %q", n, gsm.SegmentSeptets, text)
			}
			if !strings.Contains(text, url) {
				t.Fatalf("notice lacks the link: %q", text)
			}
			if got := strings.Contains(text, "Reply STOP"); got != tc.wantHint {
				t.Fatalf("opt-out hint present=%v, want %v: %q", got, tc.wantHint, text)
			}
			if it.Kind != queue.KindNotice || it.Channel != queue.ChannelSMS || len(it.Media) != 0 {
				t.Fatalf("notice item: %+v", it)
			}
		})
	}
}

func TestConfigRefusesWhatWouldNotFit(t *testing.T) {
	for _, env := range [][]string{
		{"PHIGATE_PRACTICE_NAME=" + strings.Repeat("N", configs.MaxPracticeNameLen+1)},
		{"PHIGATE_PORTAL_BASE_URL=https://" + strings.Repeat("p", configs.MaxBaseURLLen)},
		{"PHIGATE_PORTAL_BASE_URL=https://bücher.example"},
		{"PHIGATE_PORTAL_BASE_URL=https://a.example/`x"},
	} {
		if _, err := loadCfg(t, env...); err == nil {
			t.Errorf("config accepted %v", env)
		}
	}
}

func TestCleanKeepsBodyAndMedia(t *testing.T) {
	cfg, err := loadCfg(t)
	if err != nil {
		t.Fatal(err)
	}
	r := NewRenderer(cfg)
	m := &gateway.Message{ID: "abc", Recipients: []string{"+15550100001"}, From: "+15550100000"}
	m.Content = nil
	it, err := withMedia{r, []string{"https://x.example/a.png"}}.Clean(m, "+15550100001")
	if err != nil || len(it.Data) != 0 || len(it.Media) != 1 || it.Kind != queue.KindClean {
		t.Fatalf("clean: %+v %v", it, err)
	}
}
