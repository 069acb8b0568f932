package filters

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var testScanner = func() *Scanner {
	sc, err := New(Options{
		PatientNames: []string{"Evelyn Marchetti", "Thaddeus Whitcombe Jr."},
		MRNPatterns:  []string{`\bPX-\d{6}\b`},
		Now:          time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		panic(err)
	}
	return sc
}()

func scanText(s string) Verdict { return testScanner.Scan(&Content{Text: []string{s}}) }

func hasRule(v Verdict, rule string) bool {
	for _, f := range v.Findings {
		if f.Rule == rule {
			return true
		}
	}
	return false
}

func TestNormalize(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"case", "BOTOX", "botox"},
		{"diacritics", "Juvéderm", "juvederm"},
		{"nfkc fullwidth", "ＢＯＴＯＸ", "botox"},
		{"nfkc math bold", "𝐁𝐨𝐭𝐨𝐱", "botox"},
		{"nfkc circled", "ⓑⓞⓣⓞⓧ", "botox"},
		{"ligature", "ﬁller", "filer"},
		{"zero width", "Bo\u200btox", "botox"},
		{"zero width joiner", "Bo\u200dt\u200cox", "botox"},
		{"soft hyphen", "Bo\u00adtox", "botox"},
		{"bom", "\ufeffBotox", "botox"},
		{"cyrillic o", "B\u043etox", "botox"},
		{"cyrillic mix", "\u0412\u043et\u043e\u0445", "botox"},
		{"greek", "Β\u03bftox", "botox"},
		{"leet 0", "b0t0x", "botox"},
		{"leet 8", "80tox", "botox"},
		{"leet 1 as i", "f1ller", "filer fler"},
		{"leet 1 as l", "1ip", "ip lip"},
		{"leet $", "$culptra", "sculptra"},
		{"pure number", "2025", "2025"},
		{"dots", "B.o.t.o.x", "b o t o x"},
		{"hyphen", "bo-tox", "bo tox"},
		{"spaces", "b o t o x", "b o t o x"},
		{"apostrophe", "patient's", "patients"},
		{"typographic apostrophe", "patient’s", "patients"},
		{"repeats", "Boooootox!!!", "botox"},
		{"at handle stays separate", "@clinic", "clinic"},
		{"other script", "ボトックス", "\x7f"},
		{"runs stop at word boundaries", "DHEA appointment", "dhea apointment"},
		{"runs cross after a one-letter word", "f i l l e r", "f i l e r"},
		{"lone digit in a spelled word", "b.0.t.0.x", "b o t o x"},
		{"lone digits elsewhere stay digits", "room 3 at 4 pm", "rom 3 at 4 pm"},
		{"a range stays digits", "day 3-5", "day 3 5"},
	} {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("%s: Normalize(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestEvasions(t *testing.T) {
	for _, in := range []string{
		"your Botox is at 3", "your B.o.t.o.x is at 3", "your b o t o x is at 3", "your bo-tox is at 3",
		"your b0t0x is at 3", "your 80tox is at 3", "your BOTOX is at 3", "your B\u043etox is at 3",
		"your Bo\u200btox is at 3", "your Bo\u00adtox is at 3", "your Ｂｏｔｏｘ is at 3", "your Boooootox is at 3",
		"your bottox is at 3", "your botox's done", "#nobotox", "Juvéderm", "juvederm", "JUVEDERM", "Juvaderm",
		"lip f1ller appt", "1ip filler", "semaglutides", "Ozempic®", "Sculp-tra", "P.R.P. facial appointment",
		"tummy-tuck", "tummytuck", "tummy tuck", "lipfillerday", "botoxed", "rhinoplasty's recovery",
		"your b.0.t.0.x is at 3", "your 8-o-t-o-x is at 3", "your j u v 3 d 3 r m is at 3",
		"your 🄱🄾🅃🄾🅇 is at 3", // squared letters
	} {
		if v := scanText(in); !v.PHI {
			t.Errorf("%q: not detected", in)
		}
	}
}

func TestAmbiguousNeedContext(t *testing.T) {
	for _, c := range []struct {
		in  string
		phi bool
	}{
		{"Use the form filler in the portal", false},
		{"We'll have orange peel cookies", false},
		{"The lift gate on the van is broken", false},
		{"Need a lift to the airport?", false},
		{"drip coffee in the break room", false},
		{"please consult the calendar", false},
		{"barrels: 40 bbl", false},
		{"filler", false},
		{"peel", false},
		{"Your filler appointment is Friday", true},
		{"lips feel great after the filler", true},
		{"chemical peel on Tuesday", true},
		{"your peel appointment is confirmed", true},
		{"breast lift consult with Dr. Lee", true},
		{"implant size 350cc discussed at the consult", true},
		{"BBL recovery: wear your garment", true},
		{"IV drip appointment at 3", true},
		{"your consult appointment with the surgeon", true},
		{"orange peel texture after your filler appointment", true},
		// a word that is both an ambiguous term and a context cue cannot
		// vouch for itself
		{"Lol that video had me in stitches", false},
		{"The break room sink drain is clogged again", false},
		// the context cue begins with the ambiguous term's last letter
		{"BBL looks great, see you at your follow up", true},
		{"your DHEA appointment is at 3", true},
		// a short spelled-out term inside a longer spelled-out word
		{"ok r-h-i-n-o-p-l-a-s-t-y", true},
		{"Centrifuge is fixed, PRP draws resume tomorrow", true},
		{"Need a lift home after your appointment?", false},
		{"vice versa, see you at the office", false},
		{"the numbing cream goes on 45 min before", true},
	} {
		if v := scanText(c.in); v.PHI != c.phi {
			t.Errorf("%q: PHI=%v want %v (%v)", c.in, v.PHI, c.phi, v.Findings)
		}
	}
}

// TestMisspellingsStayClear: misspellings in the lexicon must not swallow
// real words ("retin a" would read "retina").
func TestMisspellingsStayClear(t *testing.T) {
	for _, c := range []struct {
		in  string
		phi bool
	}{
		{"the new iPad has a retina display", false},
		{"boto the river dolphin", false},
		{"the soft wave of the ocean", false},
		{"I need a micro needle for sewing", false},
		{"your boytox is at 3", true},
		{"Ultherpy at 1 pm Weds", true},
		{"breast reducton consult", true},
		{"the chemcial peel went well", true},
		{"kybelia round 2 on Friday", true},
		{"your retin-a micro refill", true},
	} {
		if v := scanText(c.in); v.PHI != c.phi {
			t.Errorf("%q: PHI=%v want %v (%v)", c.in, v.PHI, c.phi, v.Findings)
		}
	}
}

func TestIdentifiers(t *testing.T) {
	for _, c := range []struct {
		in   string
		rule string
		want bool
	}{
		{"SSN 123-45-6780", "ssn", true},
		{"ssn: 123 45 6780", "ssn", true},
		{"my social is 123456780", "ssn_cued", true},
		{"123456780", "ssn_cued", false},
		{"000-12-3456", "ssn", false},
		{"666-12-3456", "ssn", false},
		{"900-12-3456", "ssn", false},
		{"123-00-4567", "ssn", false},
		{"123-45-0000", "ssn", false},
		{"call 555-123-4567", "ssn", false},
		{"card 4111 1111 1111 1111", "payment_card", true},
		{"card 4111-1111-1111-1111", "payment_card", true},
		{"card 4111111111111111", "payment_card", true},
		{"card 4111 1111 1111 1112", "payment_card", false},
		{"amex 378282246310005", "payment_card", true},
		{"mc 5555555555554444", "payment_card", true},
		{"tracking 1234567890123456", "payment_card", false},
		{"DOB: 03/14/1985", "dob_date", true},
		{"born 1985-03-14", "dob_date", true},
		{"date of birth March 14, 1985", "dob_date", true},
		{"birthday 3/14/85", "dob_date", true},
		{"appointment 03/14/2025", "dob_date", false},
		{"Happy birthday! 20% off through 12/31", "dob_date", false},
		{"my ss# is 512.44.8871", "ssn_cued", true},
		{"version 512.44.8871", "ssn_cued", false},
		{"fax cover: S.S. 604381927", "ssn_cued", true},
		{"class 604381927 starts Monday", "ssn_cued", false},
		{"Social: 512 - 44 - 8871", "ssn", true},
		{"DOB: Mar 4 82", "dob_date", true},
		{"b-day 03/04/82", "dob_date", true},
		{"Happy birthday! See you Mar 4 at 10", "dob_date", false},
		{"open 10 - 12 on Saturday", "ssn", false},
		{"MRN: 00482913", "mrn_cued", true},
		{"medical record number 4829131", "mrn_cued", true},
		{"Patient ID A-5582917", "mrn_cued", true},
		{"patient id is on your card", "mrn_cued", false},
		{"born 3/4/82, the chart says 1983", "mrn_cued", false},
		{"Chart # 2238841", "mrn_cued", true},
		{"ref PX-123456", "mrn_pattern", true},
		{"Member ID: XJH123456789", "insurance_member_id", true},
		{"policy number U1234567", "insurance_member_id", true},
		{"member since 2019", "insurance_member_id", false},
		{"Please call Evelyn Marchetti back", "patient_name", true},
		{"EVELYN MARCHETTI's file", "patient_name", true},
		{"Evelyn called", "patient_name", false},
		{"Marchetti Plumbing", "patient_name", false},
		{"Marchetti, Evelyn - your paperwork was received", "patient_name", true},
		{"MARCHETTI EVELYN", "patient_name", true},
		{"Evelyn, Marchetti", "patient_name", true},
		{"Marchetti Evelyne", "patient_name", false},
		{"Whitcombe, Thaddeus: your forms are in", "patient_name", true},
		{"Thaddeus Whitcombe called", "patient_name", true},
		{"Thaddeus Whitcombe Jr. called", "patient_name", true},
		{"Your appt for x e o m i n is confirmed", "toxin.xeomin", true},
		{"Your appt for x e o m i n is confirmed", "skin.laser", false}, // "x e o" is a slice of it
		{"Order shipped: SkinMedica TNS Advanced+ Serum", "skincare.skinmedica", true},
		{"Order shipped: it has arrived", "skincare.skinmedica", false}, // "ha5" reads "has"
	} {
		if got := hasRule(scanText(c.in), c.rule); got != c.want {
			t.Errorf("%q: rule %s = %v, want %v (%v)", c.in, c.rule, got, c.want, scanText(c.in).Findings)
		}
	}
}

func TestSignatureAloneIsNotPHI(t *testing.T) {
	v := scanText("Thanks!\n--\nSarah, Front Desk\nGlow Aesthetics\n1200 Harbor Blvd, Suite 210, San Diego, CA 92101\n(619) 555-0142 | glow@example.com")
	if v.PHI {
		t.Fatalf("signature flagged: %v", v.Findings)
	}
}

func TestSniffImage(t *testing.T) {
	for _, c := range []struct {
		b    []byte
		want string
	}{
		{[]byte("\xff\xd8\xff\xe0\x00\x10JFIF"), "jpeg"},
		{[]byte("\x89PNG\r\n\x1a\n\x00"), "png"},
		{[]byte("GIF89a\x01\x00"), "gif"},
		{[]byte("RIFF\x00\x00\x00\x00WEBPVP8 "), "webp"},
		{[]byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"), "heif"},
		{[]byte("\x00\x00\x00\x1cftypmif1\x00\x00\x00\x00mif1heic"), "heif"},
		{[]byte("\x00\x00\x00\x1cftypavif\x00\x00\x00\x00"), "avif"},
		{[]byte("II*\x00\x08\x00\x00\x00"), "tiff"},
		{[]byte("MM\x00*\x00\x00\x00\x08"), "tiff"},
		{[]byte("BM\x36\x00\x00\x00\x00\x00\x00\x00\x36\x00\x00\x00"), "bmp"},
		{[]byte("%PDF-1.7"), ""},
		{[]byte("\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00isom"), ""},
		{nil, ""},
	} {
		if got := SniffImage(c.b); got != c.want {
			t.Errorf("SniffImage(%q) = %q, want %q", c.b, got, c.want)
		}
	}
}

func TestAttachments(t *testing.T) {
	v := testScanner.Scan(&Content{Attachments: []Attachment{
		{Filename: "IMG_1.txt", ContentType: "text/plain", Data: []byte("\xff\xd8\xff\xe0JFIF")},
		{Filename: "before_after_lips.jpg", ContentType: "image/jpeg", Data: []byte("%PDF-1.4")},
		{Filename: "invite.ics", Data: []byte("BEGIN:VCALENDAR")},
	}})
	want := map[string]bool{"image/image_jpeg/attachment": true, "attachment/attachment_pdf/attachment": true,
		"attachment/attachment_calendar/attachment": true, "clinical/clin.records/filename": true}
	got := map[string]bool{}
	for _, f := range v.Findings {
		got[f.Category+"/"+f.Rule+"/"+f.Part] = true
	}
	for k := range want {
		if !got[k] {
			t.Errorf("missing %s in %v", k, v.Findings)
		}
	}
}

func TestHTML(t *testing.T) {
	for _, c := range []struct {
		html string
		rule string
	}{
		{`<p>Hi</p><div style="display:none">Botox follow-up</div>`, "toxin.botox"},
		{`<p>Your&nbsp;Juv&eacute;derm&nbsp;visit</p>`, "filler.juvederm"},
		{`<img src="x.png" alt="lip filler before and after">`, "filler.procedure"},
		{`<span title="Kybella">hover</span>`, "body.kybella"},
		{`<!-- liposuction notes -->hello`, "body.liposuction"},
		{`<img src="cid:abc@x">`, "html_cid_image"},
		{`<img src="data:image/png;base64,AAAA">`, "html_data_uri"},
		{`<div style="background:url(data:image/gif;base64,R0lG)">x</div>`, "html_data_uri"},
		{`<img src="https://cdn.example.com/u/before_after_lips.jpg">`, "clin.records"},
	} {
		v := testScanner.Scan(&Content{HTML: []string{c.html}})
		if !hasRule(v, c.rule) {
			t.Errorf("%s: want %s, got %v", c.html, c.rule, v.Findings)
		}
	}
	if v := testScanner.Scan(&Content{HTML: []string{`<html><style>.lift{color:red}</style><p>See you Friday!</p></html>`}}); v.PHI {
		t.Errorf("style text scanned: %v", v.Findings)
	}
	if got := ExtractHTMLText(`<p>a&amp;b</p><script>x</script>`); !strings.Contains(got, "a&b") {
		t.Errorf("ExtractHTMLText = %q", got)
	}
}

func TestVerdictShape(t *testing.T) {
	v := scanText("see you friday")
	if v.PHI || v.Categories == nil || v.Findings == nil || len(v.Categories)+len(v.Findings) != 0 {
		t.Fatalf("clean verdict %#v", v)
	}
	v = testScanner.Scan(&Content{Subject: "Botox", Text: []string{"Botox botox BOTOX and lip filler, SSN 123-45-6780"}, Unparsable: true})
	seen := map[Finding]bool{}
	for _, f := range v.Findings {
		if seen[f] {
			t.Fatalf("duplicate finding %v", f)
		}
		seen[f] = true
	}
	for i := 1; i < len(v.Categories); i++ {
		if v.Categories[i-1] >= v.Categories[i] {
			t.Fatalf("categories not sorted/unique: %v", v.Categories)
		}
	}
	if !hasRule(v, "unparsable") || !hasRule(v, "ssn") {
		t.Fatalf("%v", v.Findings)
	}
	if v := testScanner.Scan(&Content{Unparsable: true}); !v.PHI || v.Categories[0] != CatUnparsable {
		t.Fatalf("unparsable: %v", v)
	}
	if v := testScanner.Scan(nil); !v.PHI {
		t.Fatal("nil content must fail closed")
	}
}

func TestConcurrentScans(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				if (i+g)%2 == 0 {
					if !scanText("your Botox at 3").PHI {
						t.Error("miss")
					}
				} else if scanText("see you at 3").PHI {
					t.Error("false positive")
				}
			}
		}(g)
	}
	wg.Wait()
}

func TestExtraTermsAndErrors(t *testing.T) {
	if _, err := New(Options{MRNPatterns: []string{"("}}); err == nil {
		t.Error("bad regexp accepted")
	}
	if _, err := New(Options{Lexicon: []Entry{{ID: "x", Category: CatProduct, Role: "bogus", Terms: []string{"abc"}}}}); err == nil {
		t.Error("bad role accepted")
	}
	sc, err := New(Options{Lexicon: []Entry{{ID: "t.one", Category: CatProduct, Role: RoleTerm, Terms: []string{"zyxwv"}}}})
	if err != nil {
		t.Fatal(err)
	}
	if v := sc.Scan(&Content{Text: []string{"a ZYXWV b"}}); !hasRule(v, "t.one") {
		t.Fatalf("%v", v)
	}
}

func TestLexiconSize(t *testing.T) {
	lex, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	entries, terms, by := LexiconStats(lex)
	t.Logf("lexicon: %d entries, %d terms and misspellings", entries, terms)
	for _, k := range sortedKeys(by) {
		t.Logf("  %-26s %5d", k, by[k])
	}
	if terms < 3000 {
		t.Errorf("lexicon has only %d terms", terms)
	}
}

func TestFromMIME(t *testing.T) {
	msg := "From: \"Dr. Lee\" <lee@example.com>\r\nTo: \"Evelyn Marchetti\" <e@example.com>, plain@example.com\r\n" +
		"Subject: =?utf-8?q?Your_Juv=C3=A9derm_visit?=\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=OUT\r\n\r\n" +
		"--OUT\r\nContent-Type: multipart/alternative; boundary=IN\r\n\r\n" +
		"--IN\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nCaf=E9 hours\r\n" +
		"--IN\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\nPHA+SGk8L3A+\r\n--IN--\r\n" +
		"--OUT\r\nContent-Type: image/png\r\nContent-ID: <img1@x>\r\nContent-Disposition: inline\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgoAAAA=\r\n" +
		"--OUT\r\nContent-Type: message/rfc822\r\n\r\nSubject: fwd botox\r\n\r\ninner body\r\n" +
		"--OUT--\r\n"
	c, err := FromMIME(strings.NewReader(msg), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if c.Subject != "Your Juvéderm visit" {
		t.Errorf("subject %q", c.Subject)
	}
	if len(c.DisplayNames) != 2 || c.DisplayNames[1] != "Evelyn Marchetti" {
		t.Errorf("names %q", c.DisplayNames)
	}
	if len(c.Text) < 2 || !strings.Contains(c.Text[0], "Café") || !strings.Contains(strings.Join(c.Text, " "), "fwd botox") {
		t.Errorf("text %q", c.Text)
	}
	if len(c.HTML) != 1 || c.HTML[0] != "<p>Hi</p>" {
		t.Errorf("html %q", c.HTML)
	}
	if len(c.Attachments) != 1 || !c.Attachments[0].Inline || c.Attachments[0].ContentID != "img1@x" || SniffImage(c.Attachments[0].Data) != "png" {
		t.Errorf("attachments %+v", c.Attachments)
	}
	// malformed: bad base64 body, too large, too deep
	for name, m := range map[string]string{
		"bad base64": "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!!\r\n",
		"too large":  "Subject: x\r\n\r\n" + strings.Repeat("a", 2000),
		"too deep":   strings.Repeat("Content-Type: message/rfc822\r\n\r\n", MaxMIMEDepth+3) + "x",
		"bad header": "this is not a header\r\n\r\nbody",
	} {
		c, err := FromMIME(strings.NewReader(m), 1000)
		if !errors.Is(err, ErrMalformed) || c == nil || !c.Unparsable {
			t.Errorf("%s: err %v content %+v", name, err, c)
		}
	}
}

// ---- fuzz targets ----

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"Botox", "B.o.t.o.x", "b0t0x", "Juvéderm", "Bo\u200btox", "\xff\xfe", "1!|@$", "ﬁ½ß"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if !utf8.ValidString(n) {
			t.Fatalf("invalid output %q", n)
		}
		for i := 0; i < len(n); i++ {
			c := n[i]
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' || c == unknownCh) {
				t.Fatalf("Normalize(%q) = %q has byte %q", s, n, c)
			}
		}
	})
}

func FuzzExtractHTML(f *testing.F) {
	for _, s := range []string{"<p>Botox</p>", "<img src=cid:x alt='lip filler'>", "<!--x", "<style>a{}", "&amp;&#x41;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var o htmlOut
		extractHTML(&o, s)
		if len(o.text) > 4*len(s)+64 {
			t.Fatalf("text grew from %d to %d bytes", len(s), len(o.text))
		}
		testScanner.Scan(&Content{HTML: []string{s}})
	})
}

func FuzzFromMIME(f *testing.F) {
	f.Add([]byte("Subject: hi\r\n\r\nBotox\r\n"))
	f.Add([]byte("Content-Type: multipart/mixed; boundary=X\r\n\r\n--X\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--X--\r\n"))
	f.Add([]byte("Content-Type: message/rfc822\r\n\r\nSubject: y\r\n\r\nz"))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := FromMIME(bytes.NewReader(b), 1<<16)
		if c == nil {
			t.Fatal("nil content")
		}
		if err != nil && (!errors.Is(err, ErrMalformed) || !c.Unparsable) {
			t.Fatalf("error %v without Unparsable/ErrMalformed", err)
		}
		if len(c.Attachments) > MaxMIMEParts {
			t.Fatal("too many parts")
		}
		v := testScanner.Scan(c)
		if c.Unparsable && !v.PHI {
			t.Fatal("unparsable content passed as clean")
		}
	})
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{"Botox", "SSN 123-45-6780", "DOB 1/2/85", "filler appt", "4111 1111 1111 1111", "b o t o x"} {
		f.Add(s, "subject")
	}
	f.Fuzz(func(t *testing.T, body, subject string) {
		v := testScanner.Scan(&Content{Subject: subject, Text: []string{body}})
		if v.PHI != (len(v.Findings) > 0) || v.Categories == nil || v.Findings == nil {
			t.Fatalf("bad verdict %#v", v)
		}
		for _, f := range v.Findings {
			// findings carry rule ids, never the input
			if len(body) > 12 && strings.Contains(f.Rule, body) {
				t.Fatalf("finding leaks input: %v", f)
			}
		}
		// more text never makes a message cleaner
		if w := testScanner.Scan(&Content{Subject: subject, Text: []string{body + "\nYour Botox is at 3"}}); !w.PHI {
			t.Fatalf("PHI appended to %q not detected", body)
		}
		// the automaton stepped by the normaliser finds exactly what one
		// walk over the finished skeleton finds
		if strings.TrimSpace(body) != "" {
			long := body
			for len(long) < 4096 {
				long += " " + body
			}
			if a, b := fusedAndWalked(long); !slices.Equal(a, b) {
				t.Fatalf("fused automaton found %d hits, one walk %d", len(a), len(b))
			}
		}
	})
}

// fusedAndWalked returns the hits of the automaton stepped by the normaliser
// as it emits (what scans do) and of one separate walk over the finished
// skeleton; they must be the same, including across the normaliser's
// roll-backs of words it hands to its slow path.
func fusedAndWalked(text string) (fused, walked []hit) {
	m := rawTestMatcher()
	var a, b skel
	a.m = m
	a.normalize(text)
	b.normalize(text)
	m.walkFrom(&b, 0, b.n, 0, -1, &b.hits)
	return a.hits, b.hits
}

// rawTestMatcher is testScanner's automaton reporting every match, word
// start or not.
var rawTestMatcher = sync.OnceValue(func() *matcher {
	m := *testScanner.m
	m.setNeedStart(nil)
	return &m
})

func TestFusedMatchesWalk(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "corpus*", "*", "*"))
	if len(files) < 800 {
		t.Fatalf("only %d corpus files", len(files))
	}
	for _, f := range files {
		c := loadCorpusContent(t, f)
		for _, text := range append(append([]string{c.Subject}, c.Text...), c.HTML...) {
			if a, b := fusedAndWalked(text); !slices.Equal(a, b) {
				t.Fatalf("%s: fused %d hits, walk %d", f, len(a), len(b))
			}
		}
	}
	for _, text := range []string{"b o t t o x", "bo7ox and botox", "Juvéderm b0t0x f1ller 1ip", "patient's botox'd"} {
		if a, b := fusedAndWalked(text); !slices.Equal(a, b) || len(a) == 0 {
			t.Fatalf("%q: fused %v, walk %v", text, a, b)
		}
	}
}

// TestReloadWhileScanning is the SIGHUP path: scanners are built (with a
// changing directory) while others scan through an atomically swapped
// pointer; run under -race. A build with a 5,000-name directory stays well
// under the 200 ms start-up budget.
func TestReloadWhileScanning(t *testing.T) {
	var cur atomic.Pointer[Scanner]
	cur.Store(testScanner)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := &Content{Text: []string{"your Botox at 3"}}
			for {
				select {
				case <-stop:
					return
				default:
				}
				if !cur.Load().Scan(c).PHI {
					t.Error("miss during reload")
					return
				}
			}
		}()
	}
	names := make([]string, 5000)
	for i := range names {
		names[i] = fmt.Sprintf("Patient%c%c Family%d", 'a'+i%26, 'a'+i/26%26, i)
	}
	for r := 0; r < 3; r++ {
		// (build time is BenchmarkBuild's business, not a timed test's)
		sc, err := New(Options{PatientNames: names[:1000*(r+1)+2000], MRNPatterns: []string{`\bPX-\d{6}\b`}})
		if err != nil {
			t.Fatal(err)
		}
		cur.Store(sc)
	}
	close(stop)
	wg.Wait()
	if v := cur.Load().Scan(&Content{Text: []string{"call PatientAA Family0 back"}}); !hasRule(v, "patient_name") {
		t.Errorf("directory name not found after reload: %v", v.Findings)
	}
}

// TestGlueOnlyRunTogether: glue exemptions are for run-together forms; a
// match spanning words of the text needs their boundaries.
func TestGlueOnlyRunTogether(t *testing.T) {
	for _, c := range []struct {
		in  string
		phi bool
	}{
		{"Book online anytime at radiantskin.example/book", false}, // skin|exam-ple
		{"#nobotox", true},
		{"mylipfillerday", true},
		{"juvedermvoluma", true},
		{"your skin exam is Tuesday", true},
	} {
		if v := scanText(c.in); v.PHI != c.phi {
			t.Errorf("%q: PHI=%v want %v (%v)", c.in, v.PHI, c.phi, v.Findings)
		}
	}
}

// TestSignedMessage: the signature part of multipart/signed is not an
// attachment when its bytes are a signature, and is one when they are not.
func TestSignedMessage(t *testing.T) {
	msg := func(sigType, sig string) string {
		return "Subject: Parking\r\nMIME-Version: 1.0\r\nContent-Type: multipart/signed; protocol=\"" + sigType +
			"\"; micalg=sha-256; boundary=S\r\n\r\n--S\r\nContent-Type: text/plain\r\n\r\nThe garage is on Pine St.\r\n" +
			"--S\r\nContent-Type: " + sigType + "; name=smime.p7s\r\nContent-Disposition: attachment; filename=smime.p7s\r\n" +
			"Content-Transfer-Encoding: base64\r\n\r\n" + sig + "\r\n--S--\r\n"
	}
	for _, c := range []struct {
		name, sigType, sig string
		phi                bool
	}{
		{"s/mime", "application/pkcs7-signature", "MIIGJAYJKoZIhvcNAQcCoIIGFTCCBhECAQExDzANBglghkgBZQMEAgEFADAL", false},
		{"pgp", "application/pgp-signature", "LS0tLS1CRUdJTiBQR1AgU0lHTkFUVVJFLS0tLS0KCmlRRXpCQUVCQ0FBZEZpRUUK", false},
		{"jpeg posing as a signature", "application/pkcs7-signature", "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkS", true},
		{"pdf posing as a signature", "application/pgp-signature", "JVBERi0xLjcKJcOkw7zDtsOfCjIgMCBvYmoKPDwvTGVuZ3RoIDMgMCBSL0Zp", true},
	} {
		c1, err := FromMIME(strings.NewReader(msg(c.sigType, c.sig)), 1<<20)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if v := testScanner.Scan(c1); v.PHI != c.phi {
			t.Errorf("%s: PHI=%v want %v (%v)", c.name, v.PHI, c.phi, v.Findings)
		}
	}
}

// TestFreeTextHeaders: Thread-Topic, Keywords and Comments are shown by mail
// clients like the subject, so they are scanned like it.
func TestFreeTextHeaders(t *testing.T) {
	for _, c := range []struct {
		hdr string
		phi bool
	}{
		{"Thread-Topic: your lip filler follow-up", true},
		{"Keywords: =?utf-8?q?Juv=C3=A9derm?=", true},
		{"Comments: rhinoplasty consult", true},
		{"Thread-Topic: parking on Saturday", false},
		{"X-Mailer: Botox Mailer 2.0", false}, // technical fields are not scanned
	} {
		if v := scanHeaders(t, "From: a@example.com\r\nSubject: hello\r\n"+c.hdr); v.PHI != c.phi {
			t.Errorf("%s: PHI=%v want %v (%v)", c.hdr, v.PHI, c.phi, v.Findings)
		}
	}
}

// scanHeaders scans a message of the given header lines and a clean body.
func scanHeaders(t *testing.T, hdrs string) Verdict {
	t.Helper()
	ct, err := FromMIME(strings.NewReader(hdrs+"\r\n\r\nSee you then.\r\n"), 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	return testScanner.Scan(ct)
}

// TestDisplayNames: a display name is a person's or a business's name. An
// ambiguous word in it is the practice's name, which the notice names too;
// an unambiguous term, or a directory patient's name, still fires.
func TestDisplayNames(t *testing.T) {
	for _, c := range []struct {
		from string
		phi  bool
	}{
		{"Pacific Contour Surgery <team@pacificcontour.example>", false},
		{"Medical Records <records@bayviewderm.example>", false},
		{"Lift Aesthetics & Laser <hi@lift.example>", false},
		{"Botox Reminders <tox@clinic.example>", true},
		{"Juvéderm Team <hi@clinic.example>", true},
	} {
		if v := scanHeaders(t, "From: "+c.from+"\r\nTo: pat@example.com\r\nSubject: hello"); v.PHI != c.phi {
			t.Errorf("%s: PHI=%v want %v (%v)", c.from, v.PHI, c.phi, v.Findings)
		}
	}
}

// TestScripts: Korean is read through its own terms; a part mostly in a
// script the lexicon cannot read fails closed; a few such letters in a
// Latin message (a name) do not.
func TestScripts(t *testing.T) {
	for _, c := range []struct {
		name, text string
		cat        string // "" for no finding
	}{
		{"Korean appointment", "안녕하세요, 내일 오후 2시 예약 확인 부탁드립니다. 주차는 건물 지하 2층을 이용해 주세요.", ""},
		{"Korean Botox", "9월 24일 오후 3시 보톡스(이마, 미간) 예약이 확정되었습니다.", CatProcedure},
		{"Korean particle glued", "필러는 다음 주에 가능합니다", CatProcedure},
		{"Korean aftercare", "수술 후 붓기는 2주 정도 지속될 수 있습니다.", CatClinical},
		{"Korean as jamo (NFD)", norm.NFD.String("보톡스 예약 확인"), CatProcedure},
		{"Chinese", "您好，您的预约已确认，请于周四下午三点到诊所，谢谢。我们期待见到您。", CatUnreadable},
		{"Japanese", "こんにちは。木曜日の午後三時のご予約を確認いたしました。お待ちしております。", CatUnreadable},
		{"Thai", "สวัสดีค่ะ นัดหมายของคุณได้รับการยืนยันแล้ว วันพฤหัสบดี บ่ายสามโมง", CatUnreadable},
		{"Arabic", "مرحبا، تم تأكيد موعدك يوم الخميس الساعة الثالثة بعد الظهر في العيادة.", CatUnreadable},
		{"a Chinese name in English", "Hi 王小明, see you Thursday at 3pm; parking is behind the building.", ""},
	} {
		v := testScanner.Scan(&Content{Text: []string{c.text}})
		got := ""
		if len(v.Categories) > 0 {
			got = v.Categories[0]
		}
		if got != c.cat || len(v.Categories) > 1 {
			t.Errorf("%s: categories %v, want %q", c.name, v.Categories, c.cat)
		}
	}
}

// TestManyTermsStayLinear: a large message packed with ambiguous terms,
// context cues, benign phrases, cues and numbers must scan in time linear in
// its size (the context rule once compared every term with every cue: a
// 4 MB message would have taken minutes) and keep a handful of findings.
func TestManyTermsStayLinear(t *testing.T) {
	if testing.Short() {
		t.Skip()
	}
	unit := "filler appointment orange peel lift gate DOB 1/2/85 MRN 4482913 peel consult "
	text := strings.Repeat(unit, 4<<20/len(unit))
	start := time.Now()
	v := testScanner.Scan(&Content{Text: []string{text}})
	if d := time.Since(start); d > 10*time.Second { // the quadratic rule took 35 s here
		t.Errorf("4 MB scan took %v", d)
	}
	if !v.PHI || len(v.Findings) > 32 {
		t.Errorf("verdict: PHI=%v, %d findings", v.PHI, len(v.Findings))
	}
	w := testScanner.pool.Get().(*work)
	if cap(w.found) > 1<<16 {
		t.Errorf("pooled scratch kept %d findings", cap(w.found))
	}
	testScanner.pool.Put(w)
}

// TestWideDigits: digits from other Unicode blocks are read as digits by the
// identifier detectors and as leetspeak inside words.
func TestWideDigits(t *testing.T) {
	for _, c := range []struct {
		in, rule string
	}{
		{"SSN ５１２－４４－８８７１", "ssn"},
		{"card ４１１１ １１１１ １１１１ １１１１", "payment_card"},
		{"DOB ０３/１４/１９８５", "dob_date"},
		{"your Ｂ０ｔ０ｘ is at 3", "toxin.botox"},
		{"SSN 𝟓𝟏𝟐-𝟒𝟒-𝟖𝟖𝟕𝟏", "ssn"},
	} {
		if v := scanText(c.in); !hasRule(v, c.rule) {
			t.Errorf("%q: want %s, got %v", c.in, c.rule, v.Findings)
		}
	}
}

// TestScanFailsClosedOnPanic: an engine bug that panics mid-scan yields a
// PHI verdict (unparsable/scanner_error) instead of crashing the caller or
// passing the message, and the scanner keeps working for the next scan.
func TestScanFailsClosedOnPanic(t *testing.T) {
	var heard []string
	sc, err := New(Options{OnPanic: func(typ string, stack []byte) {
		heard = append(heard, typ)
		if !bytes.Contains(stack, []byte("filters.(*Scanner)")) || bytes.Contains(stack, []byte("Botox")) {
			t.Errorf("stack: %s", stack)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	pats := sc.pats
	sc.pats = nil // every automaton hit now indexes past the end
	v := sc.Scan(&Content{Text: []string{"Your Botox follow-up is Thursday"}})
	if !v.PHI || len(v.Findings) != 1 || v.Findings[0].Rule != RuleScannerError || v.Categories[0] != CatUnparsable {
		t.Fatalf("verdict after a panic: %+v", v)
	}
	if len(heard) != 1 || heard[0] != "runtime.boundsError" {
		t.Fatalf("OnPanic heard %v", heard)
	}
	sc.pats = pats
	if v := sc.Scan(&Content{Text: []string{"Your Botox follow-up is Thursday"}}); !hasRule(v, "toxin.botox") {
		t.Fatalf("scan after the panic: %+v", v)
	}
	if v := sc.Scan(&Content{Text: []string{"See you Thursday"}}); v.PHI {
		t.Fatalf("clean scan after the panic: %+v", v)
	}
}
