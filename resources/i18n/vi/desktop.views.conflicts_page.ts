<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.views.conflicts_page</name>
    <message>
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <source>Head of household</source>
      <translation>Chủ hộ</translation>
    </message>
    <message>
      <source>Year of birth of the head</source>
      <translation>Năm sinh chủ hộ</translation>
    </message>
    <message>
      <source>Gender of the head</source>
      <translation>Giới tính chủ hộ</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>Năm</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Trạng thái</translation>
    </message>
    <message>
      <source>Status date</source>
      <translation>Ngày chuyển trạng thái</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Mô tả</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Lĩnh vực</translation>
    </message>
    <message>
      <source>Estimated cost</source>
      <translation>Kinh phí dự kiến</translation>
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
      <source>Unit price</source>
      <translation>Đơn giá</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Thành tiền</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Mức ưu tiên</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>Số khẩu</translation>
    </message>
    <message>
      <source>Ethnic group</source>
      <translation>Dân tộc</translation>
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
      <source>Sponsor</source>
      <translation>Đơn vị kết nghĩa</translation>
    </message>
    <message>
      <source>Need</source>
      <translation>Nhu cầu</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>Lượt tiếp nhận</translation>
    </message>
    <message>
      <source>Livelihood model</source>
      <translation>Mô hình sinh kế</translation>
    </message>
    <message>
      <source>Survey</source>
      <translation>Đợt khảo sát</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
      <source>Handed over on</source>
      <translation>Ngày bàn giao</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Điện thoại</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Địa chỉ</translation>
    </message>
    <message>
      <source>Position</source>
      <translation>Chức vụ</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <source>Comments</source>
      <translation>Nhận xét</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Loại</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Mã</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Tiêu đề</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Từ ngày</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Đến ngày</translation>
    </message>
    <message>
      <source>Income per month</source>
      <translation>Thu nhập bình quân tháng</translation>
    </message>
    <message>
      <source>Classification</source>
      <translation>Phân loại</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Đã xóa</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Giá trị</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Xếp loại</translation>
    </message>
    <message>
      <source>Headcount</source>
      <translation>Biên chế</translation>
    </message>
    <message>
      <source>Decision number</source>
      <translation>Số quyết định</translation>
    </message>
    <message>
      <source>hub</source>
      <translation>trạm tổng hợp</translation>
    </message>
    <message>
      <source>Keep the current version</source>
      <translation>Giữ bản hiện tại</translation>
    </message>
    <message>
      <source>Take the other version</source>
      <translation>Lấy bản kia</translation>
    </message>
    <message>
      <source>Kept the current version of {record}.</source>
      <translation>Đã giữ bản hiện tại của {record}.</translation>
    </message>
    <message>
      <source>Took the other version of {record}; it will go to the other stations with the next bundle.</source>
      <translation>Đã lấy bản kia của {record}; thay đổi này sẽ được gửi tới các trạm khác trong gói dữ liệu tiếp theo.</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Bản ghi</translation>
    </message>
    <message>
      <source>Commune</source>
      <translation>Xã</translation>
    </message>
    <message>
      <source>Other version from</source>
      <translation>Bản kia của trạm</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Phát hiện lúc</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Thông tin</translation>
    </message>
    <message>
      <source>Current version</source>
      <translation>Bản hiện tại</translation>
    </message>
    <message>
      <source>Other version</source>
      <translation>Bản kia</translation>
    </message>
    <message>
      <source>Conflicts between versions</source>
      <translation>Xung đột giữa các phiên bản</translation>
    </message>
    <message>
      <source>No conflict to review.</source>
      <translation>Không có xung đột nào cần xem xét.</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>có</translation>
    </message>
    <message>
      <source>no</source>
      <translation>không</translation>
    </message>
    <message>
      <source>This record belongs to the commune: only the commune's stations can take the other version. Keep the current one here, or let the commune choose.</source>
      <translation>Bản ghi này thuộc về xã: chỉ các trạm của xã mới lấy được phiên bản kia. Hãy giữ phiên bản hiện tại ở đây, hoặc để xã chọn.</translation>
    </message>
    <message>
      <source>{count} fields differ (in bold). Keeping changes nothing; taking the other version writes it as a new change that goes to the other stations.</source>
      <translation>{count} trường khác nhau (in đậm). Giữ bản hiện tại thì không thay đổi gì; lấy bản kia thì bản đó được ghi thành một thay đổi mới và gửi tới các trạm khác.</translation>
    </message>
    <message>
      <source>{count} conflicts to review. Two stations changed the same record before seeing each other's change; the later change is in place, the other is kept here.</source>
      <translation>{count} xung đột cần xem xét. Hai trạm đã sửa cùng một bản ghi trước khi nhận được thay đổi của nhau; bản sửa sau đang được dùng, bản kia được giữ lại ở đây.</translation>
    </message>
    <message>
      <source>Current version ({station})</source>
      <translation>Bản hiện tại ({station})</translation>
    </message>
    <message>
      <source>Other version ({station})</source>
      <translation>Bản kia ({station})</translation>
    </message>
  </context>
</TS>
