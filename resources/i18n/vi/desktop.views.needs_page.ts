<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.needs_page</name>
    <message>
      <source>Needs and the yearly proposal</source>
      <translation>Nhu cầu và đề xuất hằng năm</translation>
    </message>
    <message>
      <source>Search needs (accents not needed)</source>
      <translation>Tìm nhu cầu (gõ không dấu cũng được)</translation>
    </message>
    <message>
      <source>All years</source>
      <translation>Tất cả các năm</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Mọi tình trạng</translation>
    </message>
    <message>
      <source>All categories</source>
      <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
      <source>New need</source>
      <translation>Thêm nhu cầu</translation>
    </message>
    <message>
      <source>Send the proposal…</source>
      <translation>Gửi đề xuất…</translation>
    </message>
    <message>
      <source>Print the proposal report…</source>
      <translation>In báo cáo đề xuất…</translation>
    </message>
    <message>
      <source>Selected need</source>
      <translation>Nhu cầu đang chọn</translation>
    </message>
    <message>
      <source>Change status…</source>
      <translation>Chuyển tình trạng…</translation>
    </message>
    <message>
      <source>All communes</source>
      <translation>Tất cả các xã</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Mức ưu tiên</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Lĩnh vực</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>Nhu cầu</translation>
    </message>
    <message>
      <source>Quantity</source>
      <translation>Số lượng</translation>
    </message>
    <message>
      <source>Estimated cost</source>
      <translation>Kinh phí dự kiến</translation>
    </message>
    <message>
      <source>Proposed sponsor</source>
      <translation>Đơn vị đề xuất hỗ trợ</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Từ ngày</translation>
    </message>
    <message>
      <source>Value received</source>
      <translation>Giá trị tiếp nhận</translation>
    </message>
    <message>
      <source>Not complete: no need has been entered yet.</source>
      <translation>Chưa hoàn chỉnh: chưa nhập nhu cầu nào.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Choose a need to see its history and fulfilment.</source>
      <translation>Chọn một nhu cầu để xem quá trình xử lý và mức đáp ứng.</translation>
    </message>
    <message>
      <source>Fulfilled.</source>
      <translation>Đã đáp ứng đủ.</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Năm</translation>
    </message>
    <message>
      <source>{count} needs · estimated {cost}</source>
      <translation>{count} nhu cầu · dự kiến {cost}</translation>
    </message>
    <message>
      <source>Needs proposal for {year}: due {deadline} ({days} days left).</source>
      <translation>Đề xuất nhu cầu năm {year}: hạn gửi {deadline} (còn {days} ngày).</translation>
    </message>
    <message>
      <source>Needs proposal for {year}: was due {deadline} ({days} days ago).</source>
      <translation>Đề xuất nhu cầu năm {year}: hạn gửi {deadline} (đã qua {days} ngày).</translation>
    </message>
    <message>
      <source>Complete: all {count} needs have a category, a cost and a proposed sponsor, and have been sent.</source>
      <translation>Đã hoàn chỉnh: cả {count} nhu cầu đều có nội dung hỗ trợ, kinh phí dự kiến, đơn vị đề xuất hỗ trợ và đã gửi.</translation>
    </message>
    <message>
      <source>Received: {value} of {cost} estimated</source>
      <translation>Đã nhận: {value} trên {cost} dự kiến</translation>
    </message>
    <message>
      <source>Beneficiaries: {names}</source>
      <translation>Đối tượng thụ hưởng: {names}</translation>
    </message>
    <message>
      <source>Year {year}</source>
      <translation>Năm {year}</translation>
    </message>
    <message>
      <source>{count} not yet sent</source>
      <translation>{count} nhu cầu chưa gửi</translation>
    </message>
    <message>
      <source>{count} without an estimated cost</source>
      <translation>{count} chưa có kinh phí dự kiến</translation>
    </message>
    <message>
      <source>{count} without a proposed sponsor</source>
      <translation>{count} chưa có đơn vị đề xuất hỗ trợ</translation>
    </message>
    <message>
      <source>{count} without a category</source>
      <translation>{count} chưa có nội dung hỗ trợ</translation>
    </message>
    <message>
      <source>Not complete: {gaps}.</source>
      <translation>Chưa hoàn chỉnh: {gaps}.</translation>
    </message>
    <message>
      <source>Quantity: {received} of {wanted} {unit}</source>
      <translation>Số lượng: đã nhận {received} trên {wanted} {unit}</translation>
    </message>
  </context>
</TS>
