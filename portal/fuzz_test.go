package portal

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/gif"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// The portal parses what staff and patients send it: message bodies and
// their HTML, images inside them, uploaded photos, typed dates of birth.
// These fuzz targets hold each parser to its promise on any input; `go test`
// runs their seeds, `go test -fuzz FuzzX ./portal` explores.

// testGIF is a two-frame animated GIF with a loop count and, after the
// header, a comment, an XMP application extension and a plain-text
// extension, each carrying a GPS position.
func testGIF(t testing.TB) []byte {
	t.Helper()
	pal := color.Palette{color.Black, color.White}
	g := &gif.GIF{LoopCount: 3}
	for i := 0; i < 2; i++ {
		f := image.NewPaletted(image.Rect(0, 0, 6, 4), pal)
		f.SetColorIndex(i, i, 1)
		g.Image = append(g.Image, f)
		g.Delay = append(g.Delay, 10)
	}
	var buf bytes.Buffer
	if err := gif.EncodeAll(&buf, g); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	at := 13
	if b[10]&0x80 != 0 {
		at += 3 << (b[10]&7 + 1)
	}
	var ext []byte
	ext = append(ext, 0x21, 0xFE, 14)
	ext = append(ext, "GPS 40.7128N 1"...)
	ext = append(ext, 0)
	ext = append(ext, 0x21, 0xFF, 11)
	ext = append(ext, "XMP DataXMP"...)
	ext = append(ext, 16)
	ext = append(ext, "GPS 40.7128N xmp"...)
	ext = append(ext, 0)
	ext = append(ext, 0x21, 0x01, 12)
	ext = append(ext, make([]byte, 12)...)
	ext = append(ext, 15)
	ext = append(ext, "GPS 40.7128N pt"...)
	ext = append(ext, 0)
	return append(append(append([]byte{}, b[:at]...), ext...), b[at:]...)
}

func TestStripGIF(t *testing.T) {
	in := testGIF(t)
	if !bytes.Contains(in, []byte("GPS")) {
		t.Fatal("test GIF carries no metadata")
	}
	out, ct, err := stripMetadata(in)
	if err != nil || ct != "image/gif" {
		t.Fatalf("stripMetadata: %v %s", err, ct)
	}
	if bytes.Contains(out, []byte("GPS")) || bytes.Contains(out, []byte("XMP")) {
		t.Fatal("GIF metadata survived")
	}
	g, err := gif.DecodeAll(bytes.NewReader(out))
	if err != nil || len(g.Image) != 2 || g.LoopCount != 3 || g.Delay[1] != 10 {
		t.Fatalf("stripped GIF: %v, %+v", err, g)
	}
	// A trailer-less GIF is accepted and closed; broken ones are refused.
	if out, _, err := stripMetadata(in[:len(in)-1]); err != nil || out[len(out)-1] != 0x3B {
		t.Errorf("GIF without trailer: %v", err)
	}
	for _, bad := range [][]byte{
		in[:len(in)-6],           // inside the last frame's data
		[]byte("GIF89a\x01\x00"), // header only
		append(append([]byte{}, in[:13]...), 0x3B),
	} {
		if _, _, err := stripMetadata(bad); err == nil {
			t.Errorf("broken GIF of %d bytes accepted", len(bad))
		}
	}
	// A file that declares 200 frames of 16,000 x 16,000 pixels is copied,
	// never decoded: its cost is its own size.
	bomb := []byte("GIF89a\x80\x3e\x80\x3e\x00\x00\x00")
	for i := 0; i < 200; i++ {
		bomb = append(bomb, 0x2C, 0, 0, 0, 0, 0x80, 0x3e, 0x80, 0x3e, 0, 2, 1, 0x44, 0)
	}
	bomb = append(bomb, 0x3B)
	if out, _, err := stripMetadata(bomb); err != nil || !bytes.Equal(out, bomb) {
		t.Errorf("frame-heavy GIF: %v", err)
	}
}

// FuzzStripMetadata: any input either is refused or comes out no larger,
// with the type it was sniffed as and none of the metadata blocks the
// stripper promises to drop.
func FuzzStripMetadata(f *testing.F) {
	f.Add(exifJPEG(f, 4, 4))
	f.Add(pngWithText(f))
	f.Add(testGIF(f))
	f.Add([]byte("\xFF\xD8\xFF\xE1\xFF\xFF"))
	f.Add([]byte("\x89PNG\r\n\x1a\n\xff\xff\xff\xffIHDR"))
	f.Fuzz(func(t *testing.T, in []byte) {
		out, ct, err := stripMetadata(in)
		if err != nil {
			return
		}
		if ct != inlineImageType(in) || len(out) > len(in)+1 {
			t.Fatalf("type %q for %q, %d bytes from %d", ct, inlineImageType(in), len(out), len(in))
		}
		switch ct {
		case "image/jpeg":
			for i := 2; i+4 <= len(out) && out[i] == 0xFF; {
				m := out[i+1]
				if m == 0xDA {
					break
				}
				if m == 0xFE || (m >= 0xE1 && m <= 0xEF && m != 0xEE) {
					t.Fatalf("JPEG marker %#x kept", m)
				}
				if m == 0x01 || (m >= 0xD0 && m <= 0xD7) || m == 0xFF {
					i += 2
					continue
				}
				i += 2 + int(binary.BigEndian.Uint16(out[i+2:]))
			}
		case "image/png":
			for i := len(pngSig); i+12 <= len(out); {
				n := int(binary.BigEndian.Uint32(out[i:]))
				if typ := string(out[i+4 : i+8]); !pngKeep[typ] {
					t.Fatalf("PNG chunk %q kept", typ)
				}
				i += 12 + n
			}
		case "image/gif":
			if _, err := stripGIF(out); err != nil {
				t.Fatalf("stripped GIF does not strip again: %v", err)
			}
			if again, _ := stripGIF(out); !bytes.Equal(again, out) {
				t.Fatal("stripping a stripped GIF changed it")
			}
		}
	})
}

// FuzzSanitizeHTML: whatever HTML a message carries, what the portal
// renders has no element that runs code, loads anything but a mapped
// inline image, or clobbers the page, and no attribute that does.
func FuzzSanitizeHTML(f *testing.F) {
	for _, s := range []string{
		`<p>a</p><script>alert(1)</script>`,
		`<img src="x" onerror="alert(1)">`,
		`<a href="jav&#x09;ascript:alert(1)">x</a>`,
		`<svg onload="alert(1)"><img src="data:image/svg+xml;base64,PHN2Zz4="></svg>`,
		`<img src="cid:ok@x"><img src="CID:%3Cok@x%3E"><p id="x" style="color:red">y</p>`,
		`<table><tr><td background="https://t.example/a.png">x</td></tr></table>`,
		`<math><mi xlink:href="javascript:alert(1)">x</mi></math><noscript><p title="</noscript><img src=x onerror=alert(1)>">`,
	} {
		f.Add(s)
	}
	cid := func(c string) (string, bool) { return "/m/k/part/3", c == "ok@x" }
	banned := map[string]bool{"script": true, "style": true, "iframe": true, "object": true, "embed": true,
		"form": true, "input": true, "svg": true, "math": true, "meta": true, "base": true, "link": true}
	f.Fuzz(func(t *testing.T, in string) {
		out, _ := sanitizeHTML(in, cid)
		z := html.NewTokenizer(strings.NewReader(string(out)))
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				return
			}
			tok := z.Token()
			if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
				continue
			}
			if banned[tok.Data] {
				t.Fatalf("<%s> survived: %q", tok.Data, out)
			}
			for _, a := range tok.Attr {
				k, v := strings.ToLower(a.Key), strings.ToLower(strings.TrimSpace(a.Val))
				switch {
				case strings.HasPrefix(k, "on"), k == "style", k == "id", k == "name", k == "srcset", k == "background":
					t.Fatalf("attribute %s survived: %q", k, out)
				case k == "src" && v != "/m/k/part/3":
					t.Fatalf("src %q survived: %q", a.Val, out)
				case (k == "href" || k == "src") && (strings.Contains(v, "javascript:") || strings.Contains(v, "data:") || strings.Contains(v, "vbscript:")):
					t.Fatalf("%s=%q survived", k, a.Val)
				}
			}
		}
	})
}

// FuzzNormDOB: a date of birth is accepted only as a real calendar date,
// comes out canonical, and the canonical form is a fixed point.
func FuzzNormDOB(f *testing.F) {
	for _, s := range []string{"1984-03-27", "1984-3-7", "2024-02-29", "2023-02-29", "1990-02-31",
		"1984-03-27x", " 1984-03-27", "+984-03-27", "1984-03-+7", "27/03/1984", "", "1984--3-27"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out, ok := NormDOB(in)
		if !ok {
			return
		}
		d, err := time.Parse("2006-01-02", out)
		if err != nil || d.Format("2006-01-02") != out {
			t.Fatalf("NormDOB(%q) = %q, not a calendar date", in, out)
		}
		if again, ok := NormDOB(out); !ok || again != out {
			t.Fatalf("NormDOB(%q) = %q, %v", out, again, ok)
		}
	})
}

// FuzzParseMessage: a stored message of any shape parses (or is refused)
// within the part and depth bounds, and its view can be built.
func FuzzParseMessage(f *testing.F) {
	f.Add([]byte("From: a@b\r\nSubject: hi\r\n\r\nbody"))
	f.Add([]byte("Content-Type: multipart/alternative; boundary=x\r\n\r\n--x\r\nContent-Type: text/html\r\n\r\n<p>hi<img src=cid:a></p>\r\n--x\r\nContent-Type: image/png\r\nContent-ID: <a>\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--x--\r\n"))
	f.Add([]byte("Content-Type: multipart/mixed; boundary=a\r\n\r\n--a\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n--a\r\n"))
	f.Add([]byte("Subject: =?utf-8?b?w6k=?=\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\ncaf=E9"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		pm, err := parseMessage(raw)
		if err != nil {
			return
		}
		if len(pm.Parts) > maxParts {
			t.Fatalf("%d parts, bound is %d", len(pm.Parts), maxParts)
		}
		_ = buildView(pm, "/m/k")
	})
}

// FuzzReencodePhoto: an uploaded photo is refused or re-encoded into an
// image of the same type and size that decodes.
func FuzzReencodePhoto(f *testing.F) {
	f.Add(exifJPEG(f, 4, 4))
	f.Add(pngWithText(f))
	f.Add([]byte("<svg onload=alert(1)>"))
	f.Fuzz(func(t *testing.T, in []byte) {
		// Decoding is bounded by MaxPhotoPixels; the fuzzer need not
		// allocate that much for every input that declares it.
		if c, _, err := image.DecodeConfig(bytes.NewReader(in)); err == nil && c.Width*c.Height > 1<<20 {
			return
		}
		out, ct, err := reencodePhoto(in)
		if err != nil {
			return
		}
		if ct != inlineImageType(out) {
			t.Fatalf("re-encoded as %q, sniffs as %q", ct, inlineImageType(out))
		}
		a, _, err1 := image.DecodeConfig(bytes.NewReader(in))
		b, _, err2 := image.DecodeConfig(bytes.NewReader(out))
		if err1 != nil || err2 != nil || a.Width != b.Width || a.Height != b.Height {
			t.Fatalf("re-encoded photo: %v %v %dx%d -> %dx%d", err1, err2, a.Width, a.Height, b.Width, b.Height)
		}
	})
}
