/// Common administrative abbreviations and their expansions, kept as data: one entry a line,
/// "SHORT<TAB>expansion". Used to give every agency one `name`; the text keeps what was written.
enum AgencyGlossary {
    static let table = """
    UBND\tỦy ban nhân dân
    HĐND\tHội đồng nhân dân
    HĐND-UBND\tHội đồng nhân dân - Ủy ban nhân dân
    UB\tỦy ban
    MTTQ\tMặt trận Tổ quốc
    MTTQVN\tMặt trận Tổ quốc Việt Nam
    UBMTTQ\tỦy ban Mặt trận Tổ quốc
    TP\tthành phố
    TP.\tthành phố
    CATP\tCông an thành phố
    CA\tCông an
    CSGT\tCảnh sát giao thông
    CSTT\tCảnh sát trật tự
    KH&CN\tKhoa học và Công nghệ
    KHCN\tKhoa học và Công nghệ
    GD&ĐT\tGiáo dục và Đào tạo
    GDĐT\tGiáo dục và Đào tạo
    NN&MT\tNông nghiệp và Môi trường
    NN&PTNT\tNông nghiệp và Phát triển nông thôn
    TN&MT\tTài nguyên và Môi trường
    VH,TT&DL\tVăn hóa, Thể thao và Du lịch
    VHTT&DL\tVăn hóa, Thể thao và Du lịch
    VH TT&DL\tVăn hóa, Thể thao và Du lịch
    LĐTB&XH\tLao động - Thương binh và Xã hội
    TT&TT\tThông tin và Truyền thông
    KH&ĐT\tKế hoạch và Đầu tư
    QLĐT\tQuản lý đô thị
    LĐLĐ\tLiên đoàn Lao động
    ATGT\tAn toàn giao thông
    KKT\tKhu kinh tế
    TW\tTrung ương
    BTV\tBan Thường vụ
    VN\tViệt Nam
    PTTH\tPhát thanh - Truyền hình
    """

    static let expansions: [String: String] = {
        var map: [String: String] = [:]
        for line in table.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            if parts.count == 2 { map[String(parts[0])] = String(parts[1]) }
        }
        return map
    }()
}
