package portal

import (
	"bytes"
	"encoding/binary"
	"errors"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
)

var errImage = errors.New("portal: not a supported image")

// stripMetadata returns img without metadata that can identify a person or
// place (EXIF with GPS, XMP, IPTC, comments, text chunks), and its content
// type. JPEG and PNG are rewritten segment by segment (pixels untouched, so
// it is fast and lossless); GIF is re-encoded.
func stripMetadata(img []byte) ([]byte, string, error) {
	switch inlineImageType(img) {
	case "image/jpeg":
		b, err := stripJPEG(img)
		return b, "image/jpeg", err
	case "image/png":
		b, err := stripPNG(img)
		return b, "image/png", err
	case "image/gif":
		if c, err := gif.DecodeConfig(bytes.NewReader(img)); err != nil || c.Width*c.Height > MaxPhotoPixels {
			return nil, "", errImage
		}
		g, err := gif.DecodeAll(bytes.NewReader(img))
		if err != nil {
			return nil, "", errImage
		}
		var out bytes.Buffer
		if err := gif.EncodeAll(&out, g); err != nil {
			return nil, "", err
		}
		return out.Bytes(), "image/gif", nil
	}
	return nil, "", errImage
}

// stripJPEG keeps SOI, APP0 (JFIF), APP14 (Adobe colour transform) and every
// non-APP marker; it drops APP1–APP13, APP15 (EXIF, XMP, ICC, IPTC…) and COM.
// From SOS on the entropy-coded data is copied as is.
func stripJPEG(b []byte) ([]byte, error) {
	if len(b) < 4 || b[0] != 0xFF || b[1] != 0xD8 {
		return nil, errImage
	}
	out := make([]byte, 0, len(b))
	out = append(out, 0xFF, 0xD8)
	i := 2
	for {
		// skip fill bytes
		for i < len(b) && b[i] == 0xFF && i+1 < len(b) && b[i+1] == 0xFF {
			i++
		}
		if i+4 > len(b) || b[i] != 0xFF {
			return nil, errImage
		}
		marker := b[i+1]
		if marker == 0xD9 { // EOI without image data
			return nil, errImage
		}
		if marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7) {
			out = append(out, b[i:i+2]...)
			i += 2
			continue
		}
		n := int(binary.BigEndian.Uint16(b[i+2:]))
		if n < 2 || i+2+n > len(b) {
			return nil, errImage
		}
		seg := b[i : i+2+n]
		if marker == 0xDA { // SOS: the rest is image data
			out = append(out, b[i:]...)
			return out, nil
		}
		drop := marker == 0xFE || (marker >= 0xE1 && marker <= 0xEF && marker != 0xEE)
		if !drop {
			out = append(out, seg...)
		}
		i += 2 + n
	}
}

var pngSig = []byte("\x89PNG\r\n\x1a\n")

// pngKeep are the chunks kept: critical ones, transparency, colour and
// animation. Text (tEXt, zTXt, iTXt), eXIf, tIME and unknown chunks go.
var pngKeep = map[string]bool{
	"IHDR": true, "PLTE": true, "IDAT": true, "IEND": true, "tRNS": true, "gAMA": true,
	"cHRM": true, "sRGB": true, "sBIT": true, "bKGD": true, "pHYs": true,
	"acTL": true, "fcTL": true, "fdAT": true,
}

func stripPNG(b []byte) ([]byte, error) {
	if !bytes.HasPrefix(b, pngSig) {
		return nil, errImage
	}
	out := make([]byte, 0, len(b))
	out = append(out, pngSig...)
	i := len(pngSig)
	for i+12 <= len(b) {
		n := int(binary.BigEndian.Uint32(b[i:]))
		if n < 0 || i+12+n > len(b) {
			return nil, errImage
		}
		typ := string(b[i+4 : i+8])
		if pngKeep[typ] {
			out = append(out, b[i:i+12+n]...)
		}
		i += 12 + n
		if typ == "IEND" {
			return out, nil
		}
	}
	return nil, errImage
}

// reencodePhoto decodes an uploaded photo (JPEG or PNG, bounded in pixels)
// and encodes it afresh, so nothing but pixels survives.
func reencodePhoto(b []byte) ([]byte, string, error) {
	ct := inlineImageType(b)
	if ct != "image/jpeg" && ct != "image/png" {
		return nil, "", errImage
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(b))
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > MaxPhotoPixels {
		return nil, "", errImage
	}
	img, _, err := image.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, "", errImage
	}
	var out bytes.Buffer
	if ct == "image/png" {
		err = (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&out, img)
	} else {
		err = jpeg.Encode(&out, img, &jpeg.Options{Quality: 88})
	}
	if err != nil {
		return nil, "", err
	}
	return out.Bytes(), ct, nil
}
