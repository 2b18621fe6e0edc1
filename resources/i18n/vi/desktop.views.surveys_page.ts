<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.surveys_page</name>
    <message>
      <source>Surveys</source>
      <translation>Khảo sát</translation>
    </message>
    <message>
      <source>Search rounds by title (accents not needed)</source>
      <translation>Tìm đợt khảo sát theo tên (gõ không dấu cũng được)</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>Tất cả loại</translation>
    </message>
    <message>
      <source>New round</source>
      <translation>Thêm đợt khảo sát</translation>
    </message>
    <message>
      <source>Compared with the previous round</source>
      <translation>So sánh với đợt trước</translation>
    </message>
    <message>
      <source>Commune and village indicators</source>
      <translation>Chỉ tiêu của xã, thôn</translation>
    </message>
    <message>
      <source>Household observations</source>
      <translation>Phiếu khảo sát hộ</translation>
    </message>
    <message>
      <source>Head of household</source>
      <translation>Chủ hộ</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>Thôn</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Hiện nay</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Nơi lưu</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Chỉ tiêu</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Trước</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Thay đổi</translation>
    </message>
    <message>
      <source>Comparing with the previous round…</source>
      <translation>Đang so sánh với đợt trước…</translation>
    </message>
    <message>
      <source>No earlier round of this kind to compare with.</source>
      <translation>Chưa có đợt khảo sát cùng loại trước đó để so sánh.</translation>
    </message>
    <message>
      <source>Enter indicators…</source>
      <translation>Nhập chỉ tiêu…</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Đơn vị tính</translation>
    </message>
    <message>
      <source>Whole commune</source>
      <translation>Toàn xã</translation>
    </message>
    <message>
      <source>New observation</source>
      <translation>Thêm phiếu hộ</translation>
    </message>
    <message>
      <source>Import from a spreadsheet…</source>
      <translation>Nhập từ bảng tính…</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <source>Move this observation to the trash? It can be restored from there.</source>
      <translation>Chuyển phiếu khảo sát hộ này vào thùng rác? Có thể khôi phục lại từ đó.</translation>
    </message>
    <message>
      <source>All communes</source>
      <translation>Tất cả các xã</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Round title</source>
      <translation>Tên đợt</translation>
    </message>
    <message>
      <source>Households</source>
      <translation>Số hộ</translation>
    </message>
    <message>
      <source>Poor households</source>
      <translation>Hộ nghèo</translation>
    </message>
    <message>
      <source>Surveyors</source>
      <translation>Người khảo sát</translation>
    </message>
    <message>
      <source>Indicators that moved</source>
      <translation>Chỉ tiêu có thay đổi</translation>
    </message>
    <message>
      <source>Choose a survey round.</source>
      <translation>Chọn một đợt khảo sát.</translation>
    </message>
    <message>
      <source>Households that left poverty: {count}</source>
      <translation>Hộ thoát nghèo: {count}</translation>
    </message>
    <message>
      <source>Households that fell into poverty: {count}</source>
      <translation>Hộ rơi vào nghèo: {count}</translation>
    </message>
    <message>
      <source>Enter the indicators of</source>
      <translation>Nhập chỉ tiêu của</translation>
    </message>
    <message>
      <source>All classes</source>
      <translation>Tất cả phân loại</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Số khẩu</translation>
    </message>
    <message>
      <source>Income per person per month</source>
      <translation>Thu nhập bình quân/người/tháng</translation>
    </message>
    <message>
      <source>Lacking indicators</source>
      <translation>Chỉ số thiếu hụt</translation>
    </message>
    <message>
      <source>Classification</source>
      <translation>Phân loại</translation>
    </message>
    <message>
      <source>(the first {shown} are listed)</source>
      <translation>(liệt kê {shown} hộ đầu tiên)</translation>
    </message>
    <message>
      <source>Against &lt;b&gt;{title}&lt;/b&gt; ({date}): poor households {poor_before} → &lt;b&gt;{poor_after}&lt;/b&gt;, near-poor {near_before} → &lt;b&gt;{near_after}&lt;/b&gt;; {both} households observed in both rounds.</source>
      <translation>So với &lt;b&gt;{title}&lt;/b&gt; ({date}): hộ nghèo {poor_before} → &lt;b&gt;{poor_after}&lt;/b&gt;, hộ cận nghèo {near_before} → &lt;b&gt;{near_after}&lt;/b&gt;; {both} hộ có phiếu ở cả hai đợt.</translation>
    </message>
    <message>
      <source>{count} households</source>
      <translation>{count} hộ</translation>
    </message>
    <message>
      <source>Cannot delete</source>
      <translation>Không xóa được</translation>
    </message>
  </context>
</TS>
