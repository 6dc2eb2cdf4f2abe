import KHParse
import Foundation
print(Fold.key("THỜI GIAN Hoàn thành: Quý II/2026 Đồng ß “x”"))
