package detect

// Bengali and Nepali typed in Latin letters: the words of urgency, added to
// the keyword tables. Phrases that carry their own negation ("beton dey
// na") are marked '!' so a negator before them does not cancel them.
func init() {
	// Bengali.
	addWords(signalWords, "violence", "amake marche|amake mare|amake mereche|amake marlo|amake pitay|amake petay|amake pitiyeche|amake marse|marchhe|marche|mereche|pitiyeche|pitaise|petaise|mardhor|mar dhor|gali dey ar mare|ke mare|malik mare|maliker mar|gaye hat tole|gaye haat tole")
	addWords(signalWords, "confinement", "atke rekheche|atke rekhe|atke rakhse|atke rakhche|atkiye rekheche|atkiye rakhse|tala mere|tala diye rekheche|tala diye rakhse|ghore bondi|bondi kore|bondi kore rekheche|bondi|bondho kore rekheche|ber hote dey na|ber hote dicche na")
	addWords(signalWords, "sold", "bikri kore diyeche|bikri koreche|bikri kore dise|bikri kore dilo|bikri korse|beche diyeche|beche dise|beche dilo|amake bikri|bikri kore")
	addWords(signalWords, "self_harm", "bachte chai na|!ar bachte chai na|morte chai|more jabo|atmohotta|attohotta|nijeke shesh kore|ar pari na bachte|mori jabo|gole dori")
	addWords(signalWords, "wage_withholding", "!beton dey na|!beton dey nai|!beton dicche na|!beton dicchhe na|!beton den na|!beton pai na|!beton paini|!beton pacchi na|!beton pachi na|!beton dibe na|!beton dise na|!beton dey nah|!taka dey na|!taka dicche na|!taka pai na|!beton dyay na|!beton dai na|!beton atke|!beton atkiye")
	addWords(signalWords, "debt_bondage", "!shodh na kora porjonto|!shodh na korle|!shodh korte parchi na|!shodh korte parbo na|onek rin|rin ache|dhar ache|dena ache|rin shodh|dhar shodh")
	addWords(signalWords, "movement_restriction", "!jete dibe na|!jete dey na|!jete dicche na|!ber hote dey na|!bairey jete dey na|!baire jete dey na|!deshe jete dey na|!chharbe na|!chhadbe na|!charbe na")
	addWords(signalWords, "isolation", "!kotha bolte dey na|!kotha bolte dicche na|!phone korte dey na|!phone dey na")
	addWords(signalWords, "document_retention", "passport rekhe dise|passport rekhe diyeche|passport rekheche|passport niye niyeche|passport niye geche|passport nie geche|passport nie nise|passport niye nise|passport atke|passport dicche na|!passport dey na|!passport ferot dey na|!passport ferot dicche na")
	// Nepali.
	addWords(signalWords, "violence", "kutyo|kutcha|kutchha|kutchhan|kutchan|kuteko|kutera|kutne|kutpit|pityo|pitcha|pitchha|piteko|pitera|thappad hanyo|hanyo|malai maryo|lattale hanyo")
	addWords(signalWords, "confinement", "thunera|thuneko|thunyo|thunchha|thuncha|thunidiyo|thunera rakheko|bandi banayera|bandi banaera|bandi banayo|bandi bani|!bahira niskina dinna|!bahira nikalna dinna|kotha ma thun|kothama thun")
	addWords(signalWords, "sold", "bechdiyo|bechidiyo|becheko|bechyo|bechera|malai bechyo|bechdiye|bikri garyo|bikri gare")
	addWords(signalWords, "self_harm", "marna man|!bachna man chaina|!bachna man chhaina|ma marchu|aba marchu|marchu hola|aatmahatya|atmahatya|jyan falchu|jiwan sakchu")
	addWords(signalWords, "wage_withholding", "!talab tirdaina|!talab diyena|!talab didaina|!talab dinna|!talab diyeko chaina|!talab diyeko chhaina|!talab paeko chaina|!talab payeko chaina|!talab aayeko chaina|!paisa diyena|!paisa didaina|!paisa dinna|!paisa diyeko chaina|!paisa tirdaina|tirdaina|!salary diyena|!salary didaina|!salary diyeko chaina|!talab rokeko|!talab rakheko")
	addWords(signalWords, "debt_bondage", "!rin tirna sakdina|!rin tirna nasake|!tirna nasake samma|rin cha|rin chha|rin ma rakhyo|rin ma rakheko|rin tirna|karja tirna|!karja tirna sakdina")
	addWords(signalWords, "movement_restriction", "!jana didaina|!jana dinna|!jana dindaina|!bahira jana dinna|!bahira jana didaina|!ghar jana didaina|!ghar jana dinna|!ghar farkana didaina|!bahira niskina didaina")
	addWords(signalWords, "isolation", "!kura garna paidaina|!kura garna dinna|!kura garna didaina|!phone garna dinna|!phone garna didaina")
	addWords(signalWords, "document_retention", "passport rakheko|passport khosyo|passport khoseko|passport khosera|passport khosidiyo|passport liyo|passport lieko|passport rakhyo|!passport firta didaina|!passport dinna|!firta didaina")
	addWords(partWords, "doc", "paspornya|pasportnya|passportnya")
	// Malay and Indonesian phrases that hold a negator or "only" without
	// the sense the rules look for: "gaji tak cukup" (not enough to live
	// on), "cuma mau tanya" (only want to ask), "visa belum keluar" (not
	// issued yet).
	blockWords += "|cuma mau tanya|cuma nak tanya|cuma nanya|cuma ingin tanya|cuma tanya|cuma mahu tanya|tak cukup|tidak cukup|nggak cukup|gak cukup|ga cukup|tdk cukup|x cukup|nggak punya|gak punya|tidak punya|ga punya|tak punya|visa saya belum keluar|visa belum keluar|visanya belum keluar|permit belum keluar|permit saya belum keluar|belum ambil cuti|belum ambik cuti"
	addWords(partWords, "take", "rakheko|rakhyo|liyo|lieko|rakhechha|ada di majikan|ada sama majikan|dipegang majikan|di tangan majikan|khosyo|khoseko|khosera|khosidiyo|niye geche|niye niyeche|nie nise|niye nise|rekhe dise|rekheche|rakhse")
}
