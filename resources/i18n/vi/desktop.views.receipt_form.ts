<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.receipt_form</name>
    <message>
      <source>General</source>
      <translation>Thông tin chung</translation>
    </message>
    <message>
      <source>Date received</source>
      <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
      <source>Sponsor</source>
      <translation>Đơn vị kết nghĩa</translation>
    </message>
    <message>
      <source>Kind of resource</source>
      <translation>Hình thức nguồn lực</translation>
    </message>
    <message>
      <source>Support category</source>
      <translation>Nội dung hỗ trợ</translation>
    </message>
    <message>
      <source>Gift-only receipt: counted as visits and gifts in the year-end assessment.</source>
      <translation>Tiếp nhận chỉ là thăm hỏi, tặng quà: được tính là thăm hỏi, tặng quà khi đánh giá cuối năm.</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Địa điểm</translation>
    </message>
    <message>
      <source>e.g. 05/BB-UBND</source>
      <translation>ví dụ 05/BB-UBND</translation>
    </message>
    <message>
      <source>Handover minutes no.</source>
      <translation>Số biên bản bàn giao</translation>
    </message>
    <message>
      <source>Content</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Add row</source>
      <translation>Thêm dòng</translation>
    </message>
    <message>
      <source>Remove row</source>
      <translation>Xóa dòng</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Hạng mục</translation>
    </message>
    <message>
      <source>Needs fulfilled</source>
      <translation>Nhu cầu được đáp ứng</translation>
    </message>
    <message>
      <source>Representatives</source>
      <translation>Đại diện các bên</translation>
    </message>
    <message>
      <source>Save the receipt first; then its items can be handed out.</source>
      <translation>Hãy lưu lượt tiếp nhận trước; sau đó mới cấp phát được các hạng mục.</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Hạng mục</translation>
    </message>
    <message>
      <source>To households</source>
      <translation>Cho hộ</translation>
    </message>
    <message>
      <source>To villages</source>
      <translation>Cho thôn</translation>
    </message>
    <message>
      <source>Hand to</source>
      <translation>Cấp cho</translation>
    </message>
    <message>
      <source>Search households (accents not needed)</source>
      <translation>Tìm hộ (không cần gõ dấu)</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Tìm</translation>
    </message>
    <message>
      <source>Poor and near-poor households only</source>
      <translation>Chỉ hộ nghèo và cận nghèo</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>Thôn</translation>
    </message>
    <message>
      <source>Tick all listed</source>
      <translation>Chọn tất cả</translation>
    </message>
    <message>
      <source>Untick all</source>
      <translation>Bỏ chọn tất cả</translation>
    </message>
    <message>
      <source>Quantity for each</source>
      <translation>Số lượng mỗi nơi nhận</translation>
    </message>
    <message>
      <source>Handed out on</source>
      <translation>Ngày cấp phát</translation>
    </message>
    <message>
      <source>Hand out to the ticked recipients</source>
      <translation>Cấp phát cho những người đã đánh dấu</translation>
    </message>
    <message>
      <source>Remove selected hand-outs</source>
      <translation>Xóa các lần cấp phát đã chọn</translation>
    </message>
    <message>
      <source>Hand out</source>
      <translation>Cấp phát</translation>
    </message>
    <message>
      <source>Attach file…</source>
      <translation>Đính kèm tệp…</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Mở</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Bỏ</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Tệp đính kèm</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>Lượt tiếp nhận</translation>
    </message>
    <message>
      <source>Saved. Hand the items out here, or close the receipt.</source>
      <translation>Đã lưu. Cấp phát hàng tại đây, hoặc đóng lượt tiếp nhận.</translation>
    </message>
    <message>
      <source>Attach photos or scans</source>
      <translation>Đính kèm ảnh hoặc bản quét</translation>
    </message>
    <message>
      <source>Images and documents (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;All files (*)</source>
      <translation>Ảnh và tài liệu (*.jpg *.jpeg *.png *.pdf *.tif *.tiff);;Mọi tệp (*)</translation>
    </message>
    <message>
      <source>New receipt</source>
      <translation>Thêm lượt tiếp nhận</translation>
    </message>
    <message>
      <source>— choose the sponsor —</source>
      <translation>— chọn đơn vị kết nghĩa —</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— chọn —</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Đơn vị tính</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Số lượng</translation>
    </message>
    <message>
      <source>Unit price (đ)</source>
      <translation>Đơn giá (đ)</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Thành tiền</translation>
    </message>
    <message>
      <source>Handed out</source>
      <translation>Đã cấp phát</translation>
    </message>
    <message>
      <source>Representatives of both sides and the witnesses who sign the minutes.</source>
      <translation>Đại diện hai bên và người chứng kiến ký biên bản.</translation>
    </message>
    <message>
      <source>Side</source>
      <translation>Bên</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Chức vụ</translation>
    </message>
    <message>
      <source>All villages</source>
      <translation>Tất cả các thôn</translation>
    </message>
    <message>
      <source>Handed out so far</source>
      <translation>Đã cấp phát</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation>Người/nơi nhận</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <source>Photos and scans of the signed minutes, copied into the data folder.</source>
      <translation>Ảnh và bản quét biên bản đã ký, được sao vào thư mục dữ liệu.</translation>
    </message>
    <message>
      <source>Handover minutes…</source>
      <translation>Biên bản bàn giao…</translation>
    </message>
    <message>
      <source>Signing list…</source>
      <translation>Danh sách ký nhận…</translation>
    </message>
    <message>
      <source>Total: —</source>
      <translation>Tổng cộng: —</translation>
    </message>
    <message>
      <source>Total: {amount}</source>
      <translation>Tổng cộng: {amount}</translation>
    </message>
    <message>
      <source>Cannot save</source>
      <translation>Không lưu được</translation>
    </message>
    <message>
      <source>Received {received} {unit} · remaining {left} {unit}</source>
      <translation>Đã nhận {received} {unit} · còn lại {left} {unit}</translation>
    </message>
    <message>
      <source>Type the quantity as a number, like 2 or 20,5.</source>
      <translation>Nhập số lượng bằng chữ số, ví dụ 2 hoặc 20,5.</translation>
    </message>
    <message>
      <source>Cannot hand out</source>
      <translation>Không cấp phát được</translation>
    </message>
    <message>
      <source>Cannot take back</source>
      <translation>Không thu hồi được</translation>
    </message>
    <message>
      <source>Cannot attach</source>
      <translation>Không đính kèm được</translation>
    </message>
    <message>
      <source>Add: {side}</source>
      <translation>Thêm: {side}</translation>
    </message>
    <message>
      <source>Handed out: {percent}% of the value</source>
      <translation>Đã cấp phát: {percent}% giá trị</translation>
    </message>
    <message>
      <source>The first {shown} of {total} matching households are listed: search or choose a village to find the others.</source>
      <translation>Đang liệt kê {shown} hộ đầu tiên trong {total} hộ phù hợp: tìm theo tên hoặc chọn thôn để thấy các hộ khác.</translation>
    </message>
    <message>
      <source>{count} listed</source>
      <translation>{count} mục</translation>
    </message>
    <message>
      <source>already handed {quantity} {unit}</source>
      <translation>đã nhận {quantity} {unit}</translation>
    </message>
    <message>
      <source>{name} · attached when saved</source>
      <translation>{name} · đính kèm khi lưu</translation>
    </message>
    <message>
      <source>Cannot open</source>
      <translation>Không mở được</translation>
    </message>
    <message>
      <source>poor</source>
      <translation>nghèo</translation>
    </message>
    <message>
      <source>near-poor</source>
      <translation>cận nghèo</translation>
    </message>
    <message>
      <source>{name} · {size} KB · added {date}</source>
      <translation>{name} · {size} KB · thêm ngày {date}</translation>
    </message>
    <message>
      <source>{handed} of {quantity} {unit} ({percent}%)</source>
      <translation>{handed} / {quantity} {unit} ({percent}%)</translation>
    </message>
  </context>
</TS>
