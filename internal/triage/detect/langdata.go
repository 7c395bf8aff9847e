package detect

// Word profiles for the Latin-script languages, written for helpbot from
// the way migrant workers text: common words first, then the vocabulary of
// work, pay, documents and help. Each word counts for every language whose
// list holds it, divided among them; markers count extra. Text is folded, so
// Vietnamese is listed without diacritics (its marks are scored apart).
var latinWords = map[string]string{
	"en": "the a an and or but is are was were be been am i im me my mine you your he him his she her they them their we us our it its this that these those there here " +
		"to of in on at for from with by about into out up down over after before again still just only also very so too not no never dont didnt doesnt cant cannot wont isnt wasnt havent " +
		"have has had do does did will would should could can may must want need get got go going went come came know think tell told said say ask call " +
		"please help thank thanks hello hi dear sir madam ok okay yes sorry urgent " +
		"what where when why how who which whom because if then than now today tomorrow yesterday week month months year years day days night hours time " +
		"employer boss agent agency company work working worked job salary pay paid money passport phone police embassy home house family mother father sister brother daughter son husband wife " +
		"took take keep kept locked beat hit hurt scared afraid safe danger sick hospital doctor food eat sleep room toilet leave left stay contract visa permit document documents " +
		"owe debt fee loan hit slap kill threat threatened lie lied cheated promised different abroad country back return send sent left free stop run away anything something nothing everything " +
		"all any some many much more most other another same every each both few little long short old new good bad big small first last next " +
		"let make made give gave find found use used keep look feel see saw hear heard talk speak understand mean number address name information info right rights law legal illegal report complain " +
		"worker workers maid helper factory boat fishing construction farm plantation friend friends people someone anyone nobody everyone myself yourself himself herself " +
		"plz pls u ur im ive id ill hes shes thats whats dont wanna gonna gotta cuz coz bcoz becoz thru tho pay paying unpaid salery sallary pasport passprt employeer bos agensy",
	"vi": "toi em anh chi ban minh no ho chung ta con cua va la co khong ko k dc duoc bi lam viec cong ty chu tien luong giup do xin oi o dang da se nay do roi nha nguoi voi cho den di ve tu thang ngay nam gio sao gi dau nao bao nhieu the nhung vi nen neu phai muon can biet noi goi dien thoai ho chieu giay to cong an canh sat dai su quan ba me bo vo chong gia dinh an ngu nghi om benh vien danh nhot lua ep tro mot hai lai cung rat qua lam on cam on chao vay thi ma khi moi chua het nua ai chut tau ca bien xuong nuoc ngoai lao dong xuat khau hop dong mo trong ra vao len duoi tren nhu cai nhieu it hay lam sao bay gio o day kia ay nhe a ah u uh vang da khong co giup voi mat tich lien lac duoc khong " +
		"tro ve nha moi gioi phi no nan chu nha viec nha cho o tinh thanh pho quan huyen xa dang o ben day ngay mai hom nay hom qua tuan sau truoc khi nao sang toi dem trua chieu",
	"id": "saya aku gue gw kamu anda dia kami kita mereka ini itu yang dan di ke dari untuk dengan ada perlu segera tidak gak nggak enggak ga ngga udah sudah belum akan bisa mau ingin harus tolong bantu bantuan " +
		"majikan bos agen pt sponsor kerja bekerja pekerjaan gaji uang duit paspor ktp hp handphone telepon polisi kantor kedutaan kbri kjri konsulat rumah keluarga ibu bapak ayah anak suami istri adik kakak " +
		"sekarang hari bulan tahun jam minggu kemarin besok tadi nanti lagi juga tapi tetapi karena kalau jika apa kenapa mengapa bagaimana gimana dimana mana kapan siapa berapa " +
		"sangat banget sekali aja saja cuma hanya banyak sedikit dikit sih dong deh nih kok lho yah ya iya tdk gk gpp nya lah kah pun " +
		"pulang kampung dipukul dikurung ditahan disimpan diambil ditipu dijual lapar makan tidur sakit takut bahaya kabur lari keluar libur cuti lembur potong dipotong utang hutang " +
		"tki tkw pmi bmi prt art pembantu buruh pekerja pabrik kebun sawit kapal nelayan proyek bangunan perusahaan kontrak visa izin dokumen " +
		"tolongin dibayar bayar belum digaji pergi datang bilang lihat liat ketemu paham ngerti tau tahu punya bikin buat pakai naik turun masuk sampai sama beda baru lama benar bener salah sini situ sana mohon terima kasih makasih selamat pagi siang malam mbak mas pak bu om tante",
	"ms": "saya aku awak kau engkau korang dia kami kita mereka ini itu ni tu yang dan di ke dari untuk dengan ada segera tak tidak tiada takde xde x dah sudah belum akan boleh nak hendak mahu perlu kena tolong bantu bantuan " +
		"majikan bos ejen agensi syarikat kerja bekerja pekerjaan gaji wang duit pasport ic mykad telefon polis pejabat kedutaan rumah keluarga emak mak ayah bapa anak suami isteri adik kakak abang " +
		"sekarang hari bulan tahun jam minggu semalam esok tadi nanti lagi juga tapi tetapi kerana sebab kalau jika apa kenapa mengapa bagaimana macam mana camne mcm mana bila siapa berapa " +
		"sangat sgt betul sahaja je jer saja cuma hanya banyak sikit sedikit lah kah pun ke ye ya tu ni kat dekat sini situ sana " +
		"balik kampung pulang kena pukul dikurung ditahan disimpan diambil ditipu dijual lapar makan tidur sakit takut bahaya lari keluar cuti kerja lebih masa potong dipotong hutang " +
		"pekerja asing pembantu rumah orang gaji buruh kilang ladang sawit kapal nelayan tapak binaan pembinaan syarikat kontrak visa permit dokumen kad " +
		"dibayar bayar pergi datang beritahu bagi tengok jumpa faham cakap tahu punya buat pakai naik turun masuk sampai sama lain baru lama betul salah mohon terima kasih selamat pagi petang malam encik cik puan abang kakak adik ringgit rm",
	"fil": "ako ikaw ka siya kami tayo sila kayo niya nila namin natin ninyo nyo ko mo ang ng nang sa na po opo ho ay at pero kasi para lang naman din rin ba nga yung iyong ito iyan iyon " +
		"kung paano saan ano bakit kailan sino magkano ilan hindi wala walang may meron mayroon gusto ayaw pwede puwede kailangan dapat " +
		"tulong tulungan tulungan nyo paki pakiusap salamat amo among sahod sweldo suweldo pasaporte trabaho nagtatrabaho bahay pamilya anak asawa nanay tatay kapatid ate kuya lola lolo " +
		"natatakot takot sinaktan binugbog kinulong kinuha hawak tinago ayaw ibigay pinaalis umuwi uuwi uwi pauwiin kumain pagkain tulog matulog pahinga pagod gutom sakit may sakit " +
		"dito doon diyan ngayon kanina bukas kahapon araw buwan taon oras linggo pera utang ahensya agency employer boss " +
		"sabi sinabi alam hindi ko alam sakin akin sayo sya sila nila kc ksi d q aq nmn lng tlga talaga sobra grabe pls nasa nandito andito andyan " +
		"kababayan ofw kasambahay katulong trabaho ko amo ko employer ko mga kaibigan tao lahat wala na hanggang pa ba eh kasi naman po ninyo",
}

// markers are words one language uses and its neighbours do not; each adds
// a strong vote. Indonesian and Malay share most words, so these decide.
var markers = map[string]string{
	"id":  "tidak uang polisi kantor kamu karena bisa mau gak nggak enggak ngga udah aja banget sih dong deh nih kok lho gimana kapan bilang lihat liat ketemu paham ngerti tolongin istri ktp paspor telepon hp kbri kjri tki tkw pmi prt pt pabrik kebun libur dokter gue gw lu kalian cuma apaan gitu gini begitu begini dibayar digaji rp rupiah mbak mas bu pak abk beda ngobrol nyeret ditandatangani mandor listrik bedeng kontrakan kost kamar dikasih ngasih sering telat mukul nyuruh disuruh kayak kaya pengen kejepit terjepit disetrum",
	"ms":  "tak nak wang polis pejabat awak kerana dah je jer tiada takde xde sikit sahaja camne mcm macam beritahu tengok faham cakap isteri pasport ic mykad telefon ejen agensi kilang ladang korang kat ringgit rm lah encik cik puan esok petang hendak mahu bapa emak syarikat tapak elektrik stor bilik kongsi beza berbeza sentiasa penyelia budak tersepit renjat perancah kompaun pengawal",
	"fil": "po opo ng ang mga ako ko mo siya niya nila namin natin kasi lang naman yung hindi wala walang amo sahod sweldo pasaporte trabaho tulong tulungan salamat kababayan nasa",
	"vi":  "toi khong duoc cua luong viec nguoi giup chu nhung phai muon biet dien thoai chieu cong ty gia dinh xin roi nha dang bao nhieu lam on vay thi chua nua moi khi o day",
	"en":  "the my is are was have with please because what where when",
}

// More distinctive words of Malay and Indonesian: everyday nouns that
// differ (kereta/mobil, kedai/toko), spellings (doktor/dokter, ubat/obat)
// and the particles and texting forms of each.
func init() {
	markers["ms"] += " ni tu kot pasal apasal kerajaan kereta bas basikal motosikal teksi rosak jabatan imigresen balai mahkamah peguam akaun cukai insurans percuma doktor ubat rehat ahad isnin khamis jumaat tandas hantar kerap pulak jugak sekejap risau penat tauke towkay estet diorang dorang kitorang depa hampa weh blh tgk nk bg soalan"
	markers["id"] += " kemarin besok pemerintah agen pjtki p3mi bp2mi bnp2tki harus bikin nanya kasih pulsa kabar kabari capek lembur obat gratis imigrasi rekening lebaran toko warung mobil sepeda bis motor ojek dikit petugas perpanjang nabrak emang bener gede cowok cewek engga nda ndak kagak bgt udh sdh krn gmn ajah kantornya uangnya kamar mandi senin kamis jumat kirim dinas pengacara pengadilan asuransi pajak gedung gk tlg"
}

// pairWeights are two-word phrases whose vote is set outright: "terima
// kasih" is Malay too, so its "kasih" must not count for Indonesian.
var pairWeights = map[string][nLatin]float32{
	"terima kasih": {0, 0, -1.5, 0, 0},
	"sama ada":     {0, 0, 0, 2, 0},
	"minggu lepas": {0, 0, 0, 2, 0},
	"tahun lepas":  {0, 0, 0, 2, 0},
	"bulan lepas":  {0, 0, 0, 2, 0},
	"rumah sakit":  {0, 0, 3, 0, 0},
	"lebih masa":   {0, 0, 0, 3, 0},
	"gaji minimum": {0, 0, 0, 1.5, 0},
	"upah minimum": {0, 0, 1.5, 0, 0},
}

// weakMarkers lean towards one language without deciding it.
var weakMarkers = map[string]string{
	"id": "sudah sama bapak ibu terus cuma ingin sedang lalu soal ganti hubungi pinjam",
	"ms": "boleh bila betul bagi jumpa cuti dekat semalam kena pukul sebab mesti tengah tukar kata pegawai hospital klinik amat pula",
}

// pairMarkers are two-word phrases one language uses: Malay asks "boleh
// ke", Indonesian says "nggak bisa".
var pairMarkers = map[string]string{
	"ms":  "tukar kerja|tukar tempat|tukar majikan|tukar ejen|majikan kata|dia kata|ejen kata|bos kata|saya kata|bagi tahu|call balik|kat sini|kat situ|apa pasal|dia orang|dia orang|buat apa|tak nak|tak dapat|dapat gaji|tak cukup|kerja kilang|orang gaji|pembantu rumah|balik kampung|tak payah|jalan kaki|anak saudara|kena bayar|kena potong|kena tipu|kena potong|kena tipu|boleh ke|ke tak|ke belum|macam mana|kat mana|dah lah|tak apa|tak boleh|tak ada|tak de|apa khabar|terima kasih banyak banyak|kena marah|tak tahu",
	"id":  "minggu lalu|tahun lalu|bulan lalu|kamar mandi|tanggung jawab|sama sekali|gak papa|nggak papa|ga papa|nggak apa apa|nggak boleh|gak boleh|belum dibayar|nggak bisa|gak bisa|tidak bisa|bagaimana ya|gimana ya|kok bisa|tidak ada|nggak ada|gak ada|sudah lama|terima kasih banyak ya|tidak tahu|nggak tahu",
	"fil": "hindi ko|wala akong|ano po|paano po|salamat po",
}

// latinCorpus is running text written for helpbot in each Latin-script
// language, about work, travel, family and daily life. Its character
// trigrams score the words the lists above do not hold.
var latinCorpus = map[string]string{
	"en": `I came here two years ago to work for a family. The work is hard but the children are kind to me.
		Every morning I wake up at five, clean the house, cook breakfast and take the children to school.
		My employer says I can rest on Sunday afternoon, but sometimes there is a party and I have to stay.
		I send most of my salary home because my mother is sick and my brother is still studying.
		Could you please tell me where I can find a doctor who speaks my language? I also want to know
		whether my contract can be renewed, and what happens to my visa when the contract ends.
		Yesterday my friend told me that her agency charged her a lot of money and she is still paying.
		We are worried about the new rules, and nobody explains anything to us. Thank you for listening.
		The weather has been very hot and the factory has no fans. Our supervisor shouts when we are slow.
		I would like to change jobs, but I am afraid that I will lose my permit and have to go back.`,
	"vi": `toi sang day lam viec duoc hai nam roi, cong viec rat vat va nhung moi nguoi cung tot voi toi.
		moi sang toi thuc day luc nam gio, don dep nha cua, nau com va dua cac chau di hoc.
		chu nha noi toi duoc nghi chieu chu nhat nhung nhieu khi co tiec nen toi phai o lai lam.
		toi gui gan het tien luong ve nha vi me toi bi benh con em trai van dang di hoc.
		xin hay cho toi biet o dau co bac si noi duoc tieng viet, toi cung muon biet hop dong co the gia han khong
		va thi thuc se ra sao khi het hop dong. hom qua ban toi ke la cong ty moi gioi lay cua ban ay rat nhieu tien
		va ban ay van dang phai tra no. chung toi rat lo ve quy dinh moi ma khong ai giai thich gi ca.
		troi nong qua ma xuong khong co quat, to truong hay la mang khi chung toi lam cham. cam on anh chi da lang nghe.`,
	"id": `saya datang ke sini dua tahun yang lalu untuk bekerja di rumah sebuah keluarga. pekerjaannya berat tapi anak anaknya baik.
		setiap pagi saya bangun jam lima, membersihkan rumah, memasak sarapan dan mengantar anak anak ke sekolah.
		majikan bilang saya boleh istirahat hari minggu sore, tapi kadang ada acara jadi saya harus tetap kerja.
		sebagian besar gaji saya kirim ke kampung karena ibu saya sakit dan adik saya masih sekolah.
		tolong kasih tahu di mana saya bisa ketemu dokter yang bisa bahasa indonesia, saya juga mau tahu apakah kontrak saya
		bisa diperpanjang dan bagaimana nasib visa saya kalau kontraknya habis. kemarin teman saya cerita agennya minta uang banyak sekali
		dan dia masih harus bayar cicilan. kami khawatir dengan aturan baru dan tidak ada yang menjelaskan apa apa. terima kasih sudah mendengarkan.`,
	"ms": `saya datang ke sini dua tahun lepas untuk bekerja dengan sebuah keluarga. kerjanya berat tapi budak budak tu baik dengan saya.
		setiap pagi saya bangun pukul lima, kemas rumah, masak sarapan dan hantar budak budak ke sekolah.
		majikan cakap saya boleh rehat hari ahad petang, tapi kadang kadang ada majlis jadi saya kena tunggu.
		kebanyakan gaji saya hantar balik kampung sebab emak saya sakit dan adik saya masih belajar.
		boleh tak beritahu saya di mana nak jumpa doktor yang faham bahasa saya, saya juga nak tahu sama ada kontrak boleh disambung
		dan apa jadi dengan permit saya bila kontrak tamat. semalam kawan saya cerita ejen dia ambil duit banyak
		dan dia masih kena bayar ansuran. kami risau pasal peraturan baru tapi tak ada orang yang terangkan. terima kasih sebab sudi dengar.`,
	"fil": `dumating ako dito dalawang taon na ang nakalipas para magtrabaho sa isang pamilya. mahirap ang trabaho pero mababait ang mga bata.
		tuwing umaga gumigising ako ng alas singko, naglilinis ng bahay, nagluluto ng almusal at hinahatid ang mga bata sa eskwela.
		sabi ng amo ko pwede akong magpahinga tuwing linggo ng hapon pero minsan may handaan kaya kailangan kong magtrabaho.
		pinapadala ko ang halos lahat ng sahod ko sa amin dahil may sakit ang nanay ko at nag-aaral pa ang kapatid ko.
		pakisabi naman po kung saan ako makakahanap ng doktor na marunong mag tagalog, gusto ko ring malaman kung pwedeng i-renew ang kontrata ko
		at ano ang mangyayari sa visa ko kapag natapos ang kontrata. kahapon kinuwento ng kaibigan ko na malaki ang siningil ng ahensya niya
		at nagbabayad pa rin siya hanggang ngayon. nag aalala kami sa mga bagong patakaran at walang nagpapaliwanag sa amin. salamat po sa pakikinig.`,
}
