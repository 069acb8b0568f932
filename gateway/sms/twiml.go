package sms

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"

	"github.com/valyala/fasthttp"
)

// writeTwiML answers a webhook with TwiML: one <Message> with text, or an
// empty <Response/> (Twilio then sends nothing).
func writeTwiML(ctx *fasthttp.RequestCtx, text string) {
	ctx.SetStatusCode(fasthttp.StatusOK)
	ctx.Response.Header.SetContentTypeBytes(hdrXML)
	ctx.Response.SetBodyRaw(twiml(text))
}

var emptyTwiML = []byte(`<?xml version="1.0" encoding="UTF-8"?><Response/>`)

func twiml(text string) []byte {
	if text == "" {
		return emptyTwiML
	}
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><Response><Message>`)
	_ = xml.EscapeText(&b, []byte(text))
	b.WriteString(`</Message></Response>`)
	return b.Bytes()
}

// replyMessage is one <Message> of a practice app's TwiML answer.
type replyMessage struct {
	To, From, Body string
	Media          []string
}

var errTwiML = errors.New("sms: unreadable TwiML")

// parseTwiML reads the <Message> verbs of a TwiML document. Everything
// else (<Redirect>, unknown verbs) is ignored: phigate follows no URL a
// reply names. Bounded: at most MaxMedia messages, each body at most
// MaxBodyChars, MaxMedia media, nesting 8 deep.
func parseTwiML(doc []byte) ([]replyMessage, error) {
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.Strict = true
	d.CharsetReader = func(string, io.Reader) (io.Reader, error) { return nil, errTwiML } // UTF-8 only
	var out []replyMessage
	var cur *replyMessage
	var body, media strings.Builder
	var stack []string
	inResponse := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, errTwiML
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) >= 8 {
				return nil, errTwiML
			}
			name := t.Name.Local
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			stack = append(stack, name)
			switch {
			case len(stack) == 1:
				if name != "Response" {
					return nil, errTwiML
				}
				inResponse = true
			case name == "Message" && parent == "Response":
				if len(out) >= MaxMedia {
					return nil, errTwiML
				}
				cur = &replyMessage{}
				body.Reset()
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "to":
						cur.To = strings.TrimSpace(a.Value)
					case "from":
						cur.From = strings.TrimSpace(a.Value)
					}
				}
			case name == "Media" && parent == "Message":
				media.Reset()
			}
		case xml.EndElement:
			name := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			switch {
			case name == "Message" && cur != nil && len(stack) == 1:
				cur.Body = strings.TrimSpace(body.String())
				out = append(out, *cur)
				cur = nil
			case name == "Media" && cur != nil:
				if len(cur.Media) >= MaxMedia {
					return nil, errTwiML
				}
				cur.Media = append(cur.Media, strings.TrimSpace(media.String()))
			}
		case xml.CharData:
			if cur == nil || len(stack) < 2 {
				continue
			}
			switch stack[len(stack)-1] {
			case "Message", "Body":
				if body.Len()+len(t) > MaxBodyChars*4 {
					return nil, errTwiML
				}
				body.Write(t)
			case "Media":
				if media.Len()+len(t) > maxURLLen {
					return nil, errTwiML
				}
				media.Write(t)
			}
		}
	}
	if !inResponse || len(stack) != 0 {
		return nil, errTwiML
	}
	return out, nil
}
