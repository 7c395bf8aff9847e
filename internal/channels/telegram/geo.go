package telegram

// box is a latitude/longitude rectangle that belongs to one country.
type box struct {
	cc                       string
	south, north, west, east float64
}

// boxes approximate the twelve places helpbot has a directory for with a
// few rectangles each. They are checked in order, so the small places come
// first (Singapore, Hong Kong, Brunei), then the places whose rectangles cut
// into their neighbours' (Malaysia before Thailand and Indonesia, Viet Nam
// and Thailand before Laos and Cambodia, Sabah before the Philippines), and
// the large catch-all rectangles (Laos, Cambodia, Myanmar, Indonesia) last.
//
// This is an approximation, good for the cities and most of the
// countryside: within a few kilometres of a border (Mae Sot/Myawaddy,
// Nong Khai/Vientiane's outskirts, Johor Bahru/Singapore, Mekong towns,
// Tripura, Timor-Leste) it may name the neighbour, and places outside the
// twelve that fall inside a rectangle (Shenzhen's edge, parts of Yunnan,
// Tripura) are named as the country whose rectangle they fall in. The
// person is told which country we chose and can change it with /country.
var boxes = []box{
	{"SG", 1.15, 1.475, 103.59, 104.10},
	{"HK", 22.15, 22.56, 113.82, 114.45},
	{"BN", 4.00, 5.10, 114.00, 115.40},

	{"MY", 4.00, 7.40, 115.40, 119.30}, // Sabah
	{"MY", 0.85, 3.00, 109.50, 113.00}, // western Sarawak
	{"MY", 2.50, 5.00, 113.00, 115.50}, // eastern Sarawak
	{"MY", 1.20, 2.40, 102.00, 104.60}, // Johor, Melaka
	{"MY", 2.40, 6.30, 100.10, 104.60}, // the rest of the peninsula
	{"MY", 6.10, 6.50, 99.60, 99.95},   // Langkawi

	{"PH", 4.50, 21.20, 116.90, 126.70},

	{"VN", 8.40, 10.95, 104.40, 109.50}, // Mekong delta, Ho Chi Minh City
	{"VN", 10.95, 11.60, 106.00, 109.50},
	{"VN", 11.60, 12.20, 106.40, 109.50},
	{"VN", 12.20, 15.00, 107.55, 109.50}, // Central Highlands, south-central coast
	{"VN", 15.00, 17.20, 107.00, 109.50}, // Da Nang, Hue
	{"VN", 17.20, 19.50, 105.30, 107.50}, // north-central coast
	{"VN", 19.50, 20.50, 104.80, 108.00},
	{"VN", 20.50, 23.40, 102.90, 108.00}, // the north, Hanoi

	{"TH", 5.60, 10.00, 97.90, 102.10},  // the south
	{"TH", 10.00, 14.35, 99.20, 102.90}, // Bangkok, the centre and east
	{"TH", 14.35, 16.00, 98.55, 105.60}, // lower north-east
	{"TH", 16.00, 17.90, 98.54, 104.70}, // upper north-east, Tak
	{"TH", 17.90, 20.50, 97.30, 101.00}, // the north, Chiang Mai

	{"BD", 20.60, 21.30, 88.50, 92.33}, // Cox's Bazar, Teknaf (west of the Naf)
	{"BD", 21.30, 25.30, 88.50, 92.70},
	{"BD", 25.30, 26.65, 88.00, 89.90}, // Rangpur division

	{"LA", 13.90, 22.50, 100.10, 107.70},
	{"KH", 10.40, 14.70, 102.30, 107.65},
	{"MM", 9.50, 28.60, 92.20, 101.20},
	{"ID", -11.10, 6.10, 95.00, 141.10},
}

// CountryAt returns the ISO 3166 code of the place helpbot has a directory
// for that contains the point, or "" when none does. See boxes for how
// rough it is.
func CountryAt(lat, lon float64) string {
	for _, b := range boxes {
		if lat >= b.south && lat <= b.north && lon >= b.west && lon <= b.east {
			return b.cc
		}
	}
	return ""
}
