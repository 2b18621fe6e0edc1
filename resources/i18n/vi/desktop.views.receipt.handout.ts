<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.receipt.handout</name>
    <message>
      <source>Hand out</source>
      <translation>Cấp phát</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Đóng</translation>
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
      <source>Quantity</source>
      <translation>Số lượng</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Ngày</translation>
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
      <source>poor</source>
      <translation>nghèo</translation>
    </message>
    <message>
      <source>near-poor</source>
      <translation>cận nghèo</translation>
    </message>
  </context>
</TS>
