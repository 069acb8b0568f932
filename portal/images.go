package portal

import (
	"bytes"
	"encoding/binary"
	"errors"
	"image"
	"image/jpeg"
	"image/png"
)

var errImage = errors.New("portal: not a supported image")

// stripMetadata returns img without metadata that can identify a person or
// place (EXIF with GPS, XMP, IPTC, comments, text chunks), and its content
// type. Each format is rewritten block by block, pixels untouched: it is
// fast and lossless, and nothing is decoded, so a small file that declares
// a huge or many-framed image costs no more memory than its own size.
func stripMetadata(img []byte) ([]byte, string, error) {
	switch inlineImageType(img) {
	case "image/jpeg":
		b, err := stripJPEG(img)
		return b, "image/jpeg", err
	case "image/png":
		b, err := stripPNG(img)
		return b, "image/png", err
	case "image/gif":
		b, err := stripGIF(img)
		return b, "image/gif", err
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

// gifKeepApp are the application extensions kept: the loop count of an
// animation. XMP, ICC profiles and every other application's data go.
var gifKeepApp = map[string]bool{"NETSCAPE2.0": true, "ANIMEXTS1.0": true}

// stripGIF keeps the header, colour tables, graphic control extensions,
// image descriptors with their data and the loop-count extension; it drops
// comment and plain-text extensions and every other application or
// unknown extension. It used to decode and re-encode every frame, which
// let a few megabytes of LZW data that declare hundreds of full-screen
// frames allocate gigabytes.
func stripGIF(b []byte) ([]byte, error) {
	if len(b) < 13 || (string(b[:6]) != "GIF87a" && string(b[:6]) != "GIF89a") {
		return nil, errImage
	}
	i := 13
	if b[10]&0x80 != 0 { // global colour table
		i += 3 << (b[10]&7 + 1)
	}
	if i > len(b) {
		return nil, errImage
	}
	out := make([]byte, 0, len(b))
	out = append(out, b[:i]...)
	// subBlocks returns the end of the sub-block chain starting at j (just
	// past its zero terminator), or -1 if it runs past the data.
	subBlocks := func(j int) int {
		for j < len(b) {
			n := int(b[j])
			j++
			if n == 0 {
				return j
			}
			j += n
		}
		return -1
	}
	frames := 0
	for i < len(b) {
		switch b[i] {
		case 0x3B: // trailer
			if frames == 0 {
				return nil, errImage
			}
			return append(out, 0x3B), nil
		case 0x21: // extension: label, then sub-blocks
			if i+2 > len(b) {
				return nil, errImage
			}
			label := b[i+1]
			end := subBlocks(i + 2)
			if end < 0 {
				return nil, errImage
			}
			keep := label == 0xF9 // graphic control: delay, transparency, disposal
			if label == 0xFF && i+3+11 <= len(b) && b[i+2] == 11 {
				keep = gifKeepApp[string(b[i+3:i+14])]
			}
			if keep {
				out = append(out, b[i:end]...)
			}
			i = end
		case 0x2C: // image descriptor, local colour table, LZW code size, data
			j := i + 10
			if j > len(b) {
				return nil, errImage
			}
			if b[i+9]&0x80 != 0 {
				j += 3 << (b[i+9]&7 + 1)
			}
			if j+1 > len(b) {
				return nil, errImage
			}
			end := subBlocks(j + 1)
			if end < 0 {
				return nil, errImage
			}
			out = append(out, b[i:end]...)
			frames++
			i = end
		default:
			return nil, errImage
		}
	}
	// Data that ends cleanly after a frame but without its trailer is
	// common enough (truncating encoders) to accept; browsers do.
	if frames == 0 {
		return nil, errImage
	}
	return append(out, 0x3B), nil
}
