<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.district_page</name>
    <message>
      <source>not sent yet</source>
      <translation>chưa gửi</translation>
    </message>
    <message>
      <source>sent, waiting for a missing bundle</source>
      <translation>đã gửi, đang chờ gói còn thiếu</translation>
    </message>
    <message>
      <source>sent on time</source>
      <translation>gửi đúng hạn</translation>
    </message>
    <message>
      <source>sent late</source>
      <translation>gửi trễ hạn</translation>
    </message>
    <message>
      <source>not sent, deadline passed</source>
      <translation>chưa gửi, đã quá hạn</translation>
    </message>
    <message>
      <source>Nothing received in this period.</source>
      <translation>Chưa tiếp nhận gì trong kỳ này.</translation>
    </message>
    <message>
      <source>communes</source>
      <translation>xã</translation>
    </message>
    <message>
      <source>needs proposed</source>
      <translation>nhu cầu đề xuất</translation>
    </message>
    <message>
      <source>value received</source>
      <translation>giá trị đã tiếp nhận</translation>
    </message>
    <message>
      <source>communes without the proposal by the deadline</source>
      <translation>xã chưa gửi đề xuất đúng hạn</translation>
    </message>
    <message>
      <source>Needs by category and status</source>
      <translation>Nhu cầu theo lĩnh vực và trạng thái</translation>
    </message>
    <message>
      <source>Resources by sponsor and commune</source>
      <translation>Nguồn lực theo đơn vị kết nghĩa và xã</translation>
    </message>
    <message>
      <source>Sponsors and their targets</source>
      <translation>Đơn vị kết nghĩa và chỉ tiêu</translation>
    </message>
    <message>
      <source>Needs proposals</source>
      <translation>Đề xuất nhu cầu</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>Biểu đồ</translation>
    </message>
    <message>
      <source>Over the years</source>
      <translation>Qua các năm</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Lĩnh vực</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Tổng</translation>
    </message>
    <message>
      <source>Estimated cost</source>
      <translation>Kinh phí dự kiến</translation>
    </message>
    <message>
      <source>Received for them</source>
      <translation>Đã tiếp nhận cho nhu cầu</translation>
    </message>
    <message>
      <source>Double-click a commune to see its receipts.</source>
      <translation>Nhấp đúp vào một xã để xem các lượt tiếp nhận của xã.</translation>
    </message>
    <message>
      <source>Double-click a commune to see its needs.</source>
      <translation>Nhấp đúp vào một xã để xem các nhu cầu của xã.</translation>
    </message>
    <message>
      <source>Whole year</source>
      <translation>Cả năm</translation>
    </message>
    <message>
      <source>Quarter I</source>
      <translation>Quý I</translation>
    </message>
    <message>
      <source>Quarter II</source>
      <translation>Quý II</translation>
    </message>
    <message>
      <source>Quarter III</source>
      <translation>Quý III</translation>
    </message>
    <message>
      <source>Quarter IV</source>
      <translation>Quý IV</translation>
    </message>
    <message>
      <source>First 6 months</source>
      <translation>6 tháng đầu năm</translation>
    </message>
    <message>
      <source>First 9 months</source>
      <translation>9 tháng đầu năm</translation>
    </message>
    <message>
      <source>Year:</source>
      <translation>Năm:</translation>
    </message>
    <message>
      <source>Received in:</source>
      <translation>Tiếp nhận trong:</translation>
    </message>
    <message>
      <source>estimated {cost}</source>
      <translation>dự toán {cost}</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Năm</translation>
    </message>
    <message>
      <source>Needs proposed</source>
      <translation>Nhu cầu đề xuất</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Lần tiếp nhận</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Giá trị</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
      <source>All sponsors</source>
      <translation>Tất cả đơn vị</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Đơn vị kết nghĩa</translation>
    </message>
    <message>
      <source>Commune</source>
      <translation>Xã</translation>
    </message>
    <message>
      <source>Received by sponsor, all communes (million đ)</source>
      <translation>Tiếp nhận theo đơn vị kết nghĩa, toàn địa bàn (triệu đ)</translation>
    </message>
    <message>
      <source>Received by commune (million đ)</source>
      <translation>Tiếp nhận theo xã (triệu đ)</translation>
    </message>
    <message>
      <source>Sponsor / commune</source>
      <translation>Đơn vị kết nghĩa / xã</translation>
    </message>
    <message>
      <source>Poor households helped</source>
      <translation>Hộ nghèo được hỗ trợ</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>Mô hình</translation>
    </message>
    <message>
      <source>Targets met</source>
      <translation>Chỉ tiêu đạt</translation>
    </message>
    <message>
      <source>Targets not met</source>
      <translation>Chỉ tiêu chưa đạt</translation>
    </message>
    <message>
      <source>Needs of the year</source>
      <translation>Nhu cầu trong năm</translation>
    </message>
    <message>
      <source>Sent on</source>
      <translation>Ngày gửi</translation>
    </message>
    <message>
      <source>Proposal</source>
      <translation>Đề xuất</translation>
    </message>
    <message>
      <source>Still held at the hub</source>
      <translation>Còn chờ tại trạm tổng hợp</translation>
    </message>
    <message>
      <source>sent, waiting for bundle no. {number}</source>
      <translation>đã gửi, đang chờ gói số {number}</translation>
    </message>
    <message>
      <source>{unit} — all communes in {year}</source>
      <translation>{unit} — toàn bộ các xã năm {year}</translation>
    </message>
    <message>
      <source>{count} receipts</source>
      <translation>{count} lần tiếp nhận</translation>
    </message>
    <message>
      <source>deadline {date}</source>
      <translation>hạn {date}</translation>
    </message>
    <message>
      <source>This commune's sponsor is not matched to the sponsor directory yet: match it on the sponsor directory page.</source>
      <translation>Đơn vị kết nghĩa của xã này chưa được đối chiếu với danh mục: hãy đối chiếu ở trang Danh mục đơn vị kết nghĩa.</translation>
    </message>
    <message>
      <source>{estimated}; {held} changes held</source>
      <translation>{estimated}; {held} thay đổi đang chờ</translation>
    </message>
    <message>
      <source>none</source>
      <translation>không có</translation>
    </message>
    <message>
      <source>no model in {communes}</source>
      <translation>chưa có mô hình tại {communes}</translation>
    </message>
    <message>
      <source>{met} of {total}</source>
      <translation>{met}/{total}</translation>
    </message>
    <message>
      <source>no model this year</source>
      <translation>năm nay chưa có mô hình</translation>
    </message>
    <message>
      <source>{needs} (+ {held} changes held)</source>
      <translation>{needs} (+ {held} thay đổi đang chờ)</translation>
    </message>
    <message>
      <source>(no category)</source>
      <translation>(chưa có lĩnh vực)</translation>
    </message>
    <message>
      <source>{held} changes wait for bundle no. {number} of {station}</source>
      <translation>{held} thay đổi chờ gói số {number} của trạm {station}</translation>
    </message>
  </context>
</TS>
