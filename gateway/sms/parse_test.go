package sms

import (
	"errors"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/twilio/twilio-go/client"

	"github.com/phigate/phigate/vault/queue"
)

// Twilio's published signature test vectors, as in twilio-go's own
// client/request_validator_test.go (auth token "12345").
const (
	vecToken    = "12345"
	vecURL      = "https://mycompany.com/myapp.php?foo=1&bar=2"
	vecSig      = "vOEb5UThFn24KEfnOFLQY2AE5FY="
	vecBodyHash = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620"
)

var vecParams = map[string]string{
	"Digits": "1234", "CallSid": "CA1234567890ABCDE", "To": "+18005551212", "Caller": "+14158675309",
	"From": "+14158675309", "ReasonConferenceEnded": "test", "Reason": "Participant",
}

func TestTwilioSignatureVectors(t *testing.T) {
	rv := client.NewRequestValidator(vecToken)
	jsonBody := []byte(`{"property": "value", "boolean": true}`)
	formBody := []byte(`property=value&boolean=true`)
	for _, tc := range []struct {
		name      string
		check     func() bool
		want      bool
		signature string // when set, Signature must reproduce it for (url, vecParams)
		url       string
	}{
		{"params", func() bool { return rv.Validate(vecURL, vecParams, vecSig) }, true, vecSig, vecURL},
		{"wrong signature", func() bool { return rv.Validate(vecURL, vecParams, "WRONG SIGNATURE") }, false, "", ""},
		{"https with port, signed without", func() bool {
			return rv.Validate(strings.Replace(vecURL, ".com", ".com:1234", 1), vecParams, vecSig)
		}, true, "", ""},
		{"http without port", func() bool {
			return rv.Validate(strings.Replace(vecURL, "https", "http", 1), vecParams, "n2xBNyzSW7rfYStDtOFiFMv7qNo=")
		}, true, "n2xBNyzSW7rfYStDtOFiFMv7qNo=", strings.Replace(vecURL, "https", "http", 1)},
		{"http with port, signed without", func() bool {
			u := strings.Replace(strings.Replace(vecURL, ".com", ".com:1234", 1), "https", "http", 1)
			return rv.Validate(u, vecParams, "n2xBNyzSW7rfYStDtOFiFMv7qNo=")
		}, true, "", ""},
		{"params sorted wrongly", func() bool { return rv.Validate(vecURL, vecParams, "95+Bu0JVPi0r/SsESZCVf0dWAjw=") }, false, "", ""},
		{"json body with bodySHA256", func() bool {
			return rv.ValidateBody(vecURL+"&bodySHA256="+vecBodyHash, jsonBody, "a9nBmqA0ju/hNViExpshrM61xv4=")
		}, true, "", ""},
		{"form body", func() bool { return rv.ValidateBody(vecURL, formBody, "NBdBDr/T/lgjI+tlgpXjKZQZs/k=") }, true, "", ""},
		{"json body, wrong signature", func() bool { return rv.ValidateBody(vecURL, jsonBody, vecSig) }, false, "", ""},
		{"bodySHA256 only", func() bool {
			return rv.ValidateBody("https://mycompany.com/myapp.php?bodySHA256="+vecBodyHash, jsonBody, "y77kIzt2vzLz71DgmJGsen2scGs=")
		}, true, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.check(); got != tc.want {
				t.Fatalf("validator = %v, want %v", got, tc.want)
			}
			if tc.signature != "" {
				p := url.Values{}
				for k, v := range vecParams {
					p.Set(k, v)
				}
				if got := Signature(vecToken, tc.url, p); got != tc.signature {
					t.Fatalf("Signature = %s, want %s", got, tc.signature)
				}
			}
		})
	}
	// phigate's own signature of a form body passes twilio-go's check.
	p := url.Values{"property": {"value"}, "boolean": {"true"}}
	if Signature(vecToken, vecURL, p) != "NBdBDr/T/lgjI+tlgpXjKZQZs/k=" {
		t.Fatal("Signature of the form-body vector")
	}
}

// FuzzSignature: whatever phigate signs, twilio-go's validator (what the
// practice's app runs) accepts, and a changed value it refuses.
func FuzzSignature(f *testing.F) {
	f.Add("https://app.example/hook", "Body", "hello", "From", "+15550100001")
	f.Add(vecURL, "Digits", "1234", "CallSid", "CA1234567890ABCDE")
	f.Add("http://h:8080/p?q=1", "", "", "x", "\x00ü")
	f.Fuzz(func(t *testing.T, u, k1, v1, k2, v2 string) {
		p := url.Values{}
		p.Set(k1, v1)
		p.Set(k2, v2)
		sig := Signature("secrettoken", u, p)
		rv := client.NewRequestValidator("secrettoken")
		params := map[string]string{}
		for k := range p {
			params[k] = p.Get(k)
		}
		if !rv.Validate(u, params, sig) {
			t.Fatalf("validator refused phigate's signature for %q %v", u, p)
		}
		params[k1] = v1 + "x"
		if rv.Validate(u, params, sig) && k1 != k2 {
			t.Fatalf("validator accepted a changed value")
		}
	})
}

func TestParseForm(t *testing.T) {
	media := func(k string) bool { return k == "MediaUrl" }
	for _, tc := range []struct {
		name   string
		in     string
		repeat func(string) bool
		want   form
		err    error
	}{
		{"empty", "", nil, form{}, nil},
		{"simple", "To=%2B15550100001&Body=hi+there", nil, form{{"To", "+15550100001"}, {"Body", "hi there"}}, nil},
		{"empty value and bare key", "a=&b", nil, form{{"a", ""}, {"b", ""}}, nil},
		{"stray ampersands", "&&a=1&&", nil, form{{"a", "1"}}, nil},
		{"repeatable media", "MediaUrl=a&MediaUrl=b", media, form{{"MediaUrl", "a"}, {"MediaUrl", "b"}}, nil},
		{"repeat refused", "Body=a&Body=b", media, nil, errFormRepeat},
		{"repeat refused without list", "To=1&To=1", nil, nil, errFormRepeat},
		{"bad escape", "Body=%zz", nil, nil, errFormSyntax},
		{"bad key escape", "%=1", nil, nil, errFormSyntax},
		{"empty key", "=1", nil, nil, errFormSyntax},
		{"semicolon", "a=1;b=2", nil, nil, errFormSyntax},
		{"too many", strings.Repeat("MediaUrl=x&", maxFormFields+1), media, nil, errFormFields},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseForm([]byte(tc.in), tc.repeat)
			if !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			if err == nil && !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// FuzzParseForm: the parser never panics, agrees with url.ParseQuery on
// what it accepts, and never lets a key repeat unless allowed.
func FuzzParseForm(f *testing.F) {
	for _, s := range []string{"To=%2B1&Body=x", "MediaUrl=a&MediaUrl=b", "a=%", "a=1&a=2", "&=&", "Body=%E2%82%AC+%F0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseForm([]byte(s), func(k string) bool { return k == "MediaUrl" })
		if err != nil {
			return
		}
		std, serr := url.ParseQuery(s)
		if serr != nil {
			t.Fatalf("accepted what url.ParseQuery refuses: %q (%v)", s, serr)
		}
		seen := map[string]bool{}
		for _, p := range got {
			if seen[p.k] && p.k != "MediaUrl" {
				t.Fatalf("repeated key %q accepted", p.k)
			}
			seen[p.k] = true
			if std.Get(p.k) != got.get(p.k) {
				t.Fatalf("value of %q: %q vs ParseQuery %q", p.k, got.get(p.k), std.Get(p.k))
			}
		}
	})
}

func TestNumbers(t *testing.T) {
	for _, tc := range []struct {
		s            string
		e164, sender bool
	}{
		{"+15550100001", true, true}, {"+447700900123", true, true}, {"+1234567", true, true},
		{"+123456789012345", true, true}, {"+1234567890123456", false, false},
		{"15550100001", false, false}, {"+05550100001", false, false}, {"+1 555 0100", false, false},
		{"+1555010000a", false, false}, {"", false, false}, {"+", false, false},
		{"12345", false, true}, {"123456", false, true}, {"1234567", false, false},
		{"Clinic", false, true}, {"Dr Smith 22", false, true}, {"TooLongSender", false, false}, {"12 34", false, false},
		{"whatsapp:+15550100001", false, false},
	} {
		if validE164(tc.s) != tc.e164 || validSender(tc.s) != tc.sender {
			t.Errorf("%q: e164=%v sender=%v, want %v %v", tc.s, validE164(tc.s), validSender(tc.s), tc.e164, tc.sender)
		}
	}
	if !validSID("MG"+strings.Repeat("aB", 16), "MG") || validSID("MG"+strings.Repeat("g", 32), "MG") || validSID("SM1", "SM") {
		t.Error("validSID")
	}
}

func TestKeyword(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"STOP", kwStop}, {"stop", kwStop}, {" Stop\n", kwStop}, {"STOPALL", kwStop}, {"unsubscribe", kwStop},
		{"CANCEL", kwStop}, {"end", kwStop}, {"Quit", kwStop},
		{"START", kwStart}, {"yes", kwStart}, {"UNSTOP", kwStart},
		{"HELP", kwHelp}, {"info", kwHelp},
		{"STOP please", ""}, {"please stop", ""}, {"STOP.", ""}, {"", ""}, {"STOPP", ""}, {"ＳＴＯＰ", ""},
	} {
		if got := keyword(tc.in); got != tc.want {
			t.Errorf("keyword(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseTwiML(t *testing.T) {
	for _, tc := range []struct {
		name string
		doc  string
		want []replyMessage
		err  bool
	}{
		{"empty response", `<Response/>`, nil, false},
		{"declaration", `<?xml version="1.0" encoding="UTF-8"?><Response></Response>`, nil, false},
		{"text", `<Response><Message>Thanks, see you Tuesday</Message></Response>`, []replyMessage{{Body: "Thanks, see you Tuesday"}}, false},
		{"body and media", `<Response><Message to="+15550100009" from="+15550100000"><Body>Hi &amp; bye</Body><Media>https://x.example/a.png</Media></Message></Response>`,
			[]replyMessage{{To: "+15550100009", From: "+15550100000", Body: "Hi & bye", Media: []string{"https://x.example/a.png"}}}, false},
		{"two messages and a redirect", `<Response><Message>a</Message><Redirect>https://evil.example/</Redirect><Message>b</Message></Response>`,
			[]replyMessage{{Body: "a"}, {Body: "b"}}, false},
		{"cdata", `<Response><Message><![CDATA[<b>x</b>]]></Message></Response>`, []replyMessage{{Body: "<b>x</b>"}}, false},
		{"not TwiML", `<html><body>hi</body></html>`, nil, true},
		{"unclosed", `<Response><Message>a`, nil, true},
		{"garbage", `hello`, nil, false},
		{"too many messages", "<Response>" + strings.Repeat("<Message>x</Message>", MaxMedia+1) + "</Response>", nil, true},
		{"too deep", "<Response>" + strings.Repeat("<a>", 9) + strings.Repeat("</a>", 9) + "</Response>", nil, true},
		{"other charset", `<?xml version="1.0" encoding="ISO-8859-1"?><Response/>`, nil, true},
		{"entity bomb is not expanded", `<!DOCTYPE r [<!ENTITY a "aaaa">]><Response><Message>&a;</Message></Response>`, nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseTwiML([]byte(tc.doc))
			if tc.name == "garbage" {
				if err == nil {
					t.Fatal("plain text accepted as TwiML")
				}
				return
			}
			if (err != nil) != tc.err {
				t.Fatalf("err = %v, want error %v", err, tc.err)
			}
			if !tc.err && !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
		})
	}
	// What phigate writes, phigate (and Twilio) can read back.
	got, err := parseTwiML(twiml(replyStop + " <&>"))
	if err != nil || len(got) != 1 || got[0].Body != replyStop+" <&>" {
		t.Fatalf("round trip: %+v %v", got, err)
	}
}

// FuzzParseTwiML: bounded output for any input, never a panic.
func FuzzParseTwiML(f *testing.F) {
	for _, s := range []string{`<Response><Message>hi</Message></Response>`, `<Response><Message to="+1"><Media>u</Media></Message></Response>`, `<Response/>`, `<a>`, "\xff"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, doc []byte) {
		msgs, err := parseTwiML(doc)
		if err != nil {
			return
		}
		if len(msgs) > MaxMedia {
			t.Fatalf("%d messages", len(msgs))
		}
		for _, m := range msgs {
			if len(m.Media) > MaxMedia || len(m.Body) > MaxBodyChars*4 {
				t.Fatalf("unbounded message: %d media, %d bytes", len(m.Media), len(m.Body))
			}
		}
	})
}

func TestCheckMedia(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	jpeg := []byte{0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'J', 'F', 'I', 'F'}
	for _, tc := range []struct {
		name, declared, served string
		data                   []byte
		want                   string
	}{
		{"png", "image/png", "image/png", png, "image/png"},
		{"jpeg, no served type", "image/jpeg", "", jpeg, "image/jpeg"},
		{"jpg alias", "image/jpg", "image/jpg", jpeg, "image/jpeg"},
		{"png declared, jpeg bytes", "image/png", "image/png", jpeg, ""},
		{"image declared, html bytes", "image/jpeg", "image/jpeg", []byte("<html><script>"), ""},
		{"served type differs", "image/png", "text/html", png, ""},
		{"vcard", "text/vcard", "text/vcard", []byte("BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n"), "text/vcard"},
		{"pdf", "application/pdf", "application/pdf", []byte("%PDF-1.7\n"), "application/pdf"},
		{"pdf declared, zip bytes", "application/pdf", "application/pdf", []byte("PK\x03\x04"), ""},
		{"unsupported", "application/x-msdownload", "application/x-msdownload", []byte("MZ"), ""},
		{"text with NUL", "text/plain", "text/plain", []byte("a\x00b"), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, reason := checkMedia(tc.declared, tc.served, tc.data)
			if got != tc.want || (got == "") == (reason == "") {
				t.Fatalf("checkMedia = %q, %q; want %q", got, reason, tc.want)
			}
		})
	}
}

func TestStatusRank(t *testing.T) {
	order := []string{"queued", "sending", "sent", "delivered", "read"}
	for i := 1; i < len(order); i++ {
		if statusRank(order[i]) <= statusRank(order[i-1]) {
			t.Errorf("%s does not outrank %s", order[i], order[i-1])
		}
	}
	if statusRank("bogus") >= 0 || errorCode("twilio 21610") != 21610 || errorCode("http 500") != 0 {
		t.Error("statusRank/errorCode")
	}
}

// FuzzParseSend: whatever the send API accepts is within Twilio's limits.
func FuzzParseSend(f *testing.F) {
	f.Add("To=%2B15550100001&From=%2B15550100000&Body=hi")
	f.Add("To=%2B15550100001&MessagingServiceSid=MG0123456789abcdef0123456789abcdef&MediaUrl=https%3A%2F%2Fx%2Fa")
	f.Add("To=1&Body=" + strings.Repeat("a", 1700))
	f.Fuzz(func(t *testing.T, s string) {
		fm, err := parseForm([]byte(s), func(k string) bool { return k == "MediaUrl" })
		if err != nil {
			return
		}
		r, e := parseSend(fm)
		if e != nil {
			if e.Status < 400 || e.Code == 0 {
				t.Fatalf("refusal without a Twilio error: %+v", e)
			}
			return
		}
		if !validE164(r.to) || (r.from == "" && r.service == "") || len(r.media) > MaxMedia ||
			len([]rune(r.body)) > MaxBodyChars || (r.body == "" && len(r.media) == 0) {
			t.Fatalf("accepted out of bounds: %+v", r)
		}
	})
}

func TestAPIItem(t *testing.T) {
	id := randHex(16)
	for _, tc := range []struct {
		it   queue.Item
		want bool
		ref  string
	}{
		{queue.Item{ID: "q1", MessageID: id, Channel: queue.ChannelSMS, Kind: queue.KindNotice}, true, id},
		{queue.Item{ID: "q2", MessageID: id, Channel: queue.ChannelSMS, Kind: queue.KindClean}, true, id},
		{queue.Item{ID: "q3", MessageID: id, Channel: queue.ChannelSMS, Kind: queue.KindCode}, false, "q3"},
		{queue.Item{ID: "q4", MessageID: id, Channel: queue.ChannelSMS, Kind: queue.KindReminder}, false, "q4"},
		{queue.Item{ID: "q5", MessageID: id, Channel: queue.ChannelEmail, Kind: queue.KindNotice}, false, "q5"},
		{queue.Item{ID: "q6", MessageID: "not-hex", Channel: queue.ChannelSMS, Kind: queue.KindNotice}, false, "q6"},
	} {
		if apiItem(&tc.it) != tc.want || statusRef(&tc.it) != tc.ref {
			t.Errorf("%+v: apiItem %v ref %q", tc.it, apiItem(&tc.it), statusRef(&tc.it))
		}
	}
}
