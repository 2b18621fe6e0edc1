<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.receipt.dialog</name>
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
      <source>Photos and scans of the signed minutes, copied into the data folder.</source>
      <translation>Ảnh và bản quét biên bản đã ký, được sao vào thư mục dữ liệu.</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Tệp đính kèm</translation>
    </message>
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
      <source>Hand out…</source>
      <translation>Cấp phát…</translation>
    </message>
    <message>
      <source>Saved. Hand the items out with “Hand out…”, or close the receipt.</source>
      <translation>Đã lưu. Cấp phát hàng hóa bằng nút “Cấp phát…”, hoặc đóng lượt tiếp nhận.</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>Lượt tiếp nhận</translation>
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
      <source>Handover minutes…</source>
      <translation>Biên bản bàn giao…</translation>
    </message>
    <message>
      <source>Signing list…</source>
      <translation>Danh sách ký nhận…</translation>
    </message>
    <message>
      <source>Saves the receipt first; then its items can be handed out.</source>
      <translation>Lưu lượt tiếp nhận trước, rồi cấp phát hàng hóa.</translation>
    </message>
  </context>
</TS>
