<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.needs_dialogs</name>
    <message>
      <source>Add village</source>
      <translation>Thêm thôn</translation>
    </message>
    <message>
      <source>Find a household (name, code, phone)</source>
      <translation>Tìm hộ (tên, mã hộ, số điện thoại)</translation>
    </message>
    <message>
      <source>Add household</source>
      <translation>Thêm hộ</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Bỏ</translation>
    </message>
    <message>
      <source>Village</source>
      <translation>Thôn</translation>
    </message>
    <message>
      <source>Household</source>
      <translation>Hộ gia đình</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Năm</translation>
    </message>
    <message>
      <source>Support category</source>
      <translation>Nội dung hỗ trợ</translation>
    </message>
    <message>
      <source>What is needed</source>
      <translation>Nội dung nhu cầu</translation>
    </message>
    <message>
      <source>Beneficiaries</source>
      <translation>Đối tượng thụ hưởng</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Số lượng</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Đơn vị tính</translation>
    </message>
    <message>
      <source>Estimated cost (đồng)</source>
      <translation>Kinh phí dự kiến (đồng)</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Mức ưu tiên</translation>
    </message>
    <message>
      <source>Proposed sponsor</source>
      <translation>Đơn vị đề xuất hỗ trợ</translation>
    </message>
    <message>
      <source>Source survey</source>
      <translation>Theo đợt khảo sát</translation>
    </message>
    <message>
      <source>Notes and attachments</source>
      <translation>Ghi chú và tệp đính kèm</translation>
    </message>
    <message>
      <source>Photos of the place, the request letter, quotations: copied into the data folder.</source>
      <translation>Ảnh hiện trạng, văn bản đề nghị, báo giá: được sao vào thư mục dữ liệu.</translation>
    </message>
    <message>
      <source>Change the status of the need</source>
      <translation>Chuyển tình trạng nhu cầu</translation>
    </message>
    <message>
      <source>Current status</source>
      <translation>Tình trạng hiện tại</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>Nhu cầu</translation>
    </message>
    <message>
      <source>New status</source>
      <translation>Tình trạng mới</translation>
    </message>
    <message>
      <source>Date of the change</source>
      <translation>Ngày chuyển</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Sent on</source>
      <translation>Ngày gửi</translation>
    </message>
    <message>
      <source>e.g. Report no. 15/BC-UBND</source>
      <translation>VD: Báo cáo số 15/BC-UBND</translation>
    </message>
    <message>
      <source>New need</source>
      <translation>Thêm nhu cầu</translation>
    </message>
    <message>
      <source>— choose —</source>
      <translation>— chọn —</translation>
    </message>
    <message>
      <source>— not yet chosen —</source>
      <translation>— chưa chọn —</translation>
    </message>
    <message>
      <source>— none —</source>
      <translation>— không —</translation>
    </message>
    <message>
      <source>{status} since {date}</source>
      <translation>{status} từ ngày {date}</translation>
    </message>
    <message>
      <source>Send the needs proposal of {year}</source>
      <translation>Gửi báo cáo đề xuất nhu cầu năm {year}</translation>
    </message>
    <message>
      <source>{count} needs of {year} are still only proposed; they will be marked as sent.</source>
      <translation>{count} nhu cầu của năm {year} đang ở tình trạng đề xuất; tất cả sẽ được ghi là đã gửi.</translation>
    </message>
  </context>
</TS>
