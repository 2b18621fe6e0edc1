<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
  <context>
    <name>desktop.models.receipts</name>
    <message>
      <source>Choose the sponsor.</source>
      <translation>Chọn đơn vị kết nghĩa.</translation>
    </message>
    <message>
      <source>Choose the kind of resource.</source>
      <translation>Chọn hình thức nguồn lực.</translation>
    </message>
    <message>
      <source>Choose the support category.</source>
      <translation>Chọn nội dung hỗ trợ.</translation>
    </message>
    <message>
      <source>Enter at least one item received.</source>
      <translation>Nhập ít nhất một hạng mục đã nhận.</translation>
    </message>
    <message>
      <source>Name the giving side's representative.</source>
      <translation>Ghi tên đại diện bên giao.</translation>
    </message>
    <message>
      <source>Name the receiving side's representative.</source>
      <translation>Ghi tên đại diện bên nhận.</translation>
    </message>
    <message>
      <source>The quantity must be greater than zero.</source>
      <translation>Số lượng phải lớn hơn 0.</translation>
    </message>
    <message>
      <source>Choose at least one household or village.</source>
      <translation>Chọn ít nhất một hộ hoặc một thôn.</translation>
    </message>
    <message>
      <source>Giving side</source>
      <translation>Bên giao</translation>
    </message>
    <message>
      <source>Receiving side</source>
      <translation>Bên nhận</translation>
    </message>
    <message>
      <source>Witness</source>
      <translation>Người chứng kiến</translation>
    </message>
    <message>
      <source>The date is too far in the past.</source>
      <translation>Ngày quá xa trong quá khứ.</translation>
    </message>
    <message>
      <source>Enter the date the resources were received.</source>
      <translation>Nhập ngày tiếp nhận.</translation>
    </message>
    <message>
      <source>This sponsor has been deleted; choose another.</source>
      <translation>Đơn vị kết nghĩa này đã bị xóa; hãy chọn đơn vị khác.</translation>
    </message>
    <message>
      <source>Enter the name of every representative and witness.</source>
      <translation>Ghi tên của mọi người đại diện và người chứng kiến.</translation>
    </message>
    <message>
      <source>A need is linked twice.</source>
      <translation>Một nhu cầu bị liên kết hai lần.</translation>
    </message>
    <message>
      <source>A linked need has been deleted; remove the link.</source>
      <translation>Một nhu cầu được liên kết đã bị xóa; hãy bỏ liên kết đó.</translation>
    </message>
    <message>
      <source>A linked need belongs to another commune.</source>
      <translation>Một nhu cầu được liên kết thuộc xã khác.</translation>
    </message>
    <message>
      <source>A need is answered by an item that is not on the receipt.</source>
      <translation>Có nhu cầu được gắn với mặt hàng không có trong lượt tiếp nhận.</translation>
    </message>
    <message>
      <source>The value counted towards a need cannot be negative.</source>
      <translation>Giá trị tính cho nhu cầu không được âm.</translation>
    </message>
    <message>
      <source>The quantity counted towards a need cannot be negative.</source>
      <translation>Số lượng tính cho nhu cầu không được âm.</translation>
    </message>
    <message>
      <source>This receipt does not exist or has been deleted.</source>
      <translation>Lượt tiếp nhận này không tồn tại hoặc đã bị xóa.</translation>
    </message>
    <message>
      <source>This item does not exist or has been removed.</source>
      <translation>Hạng mục này không tồn tại hoặc đã bị bỏ.</translation>
    </message>
    <message>
      <source>Receipt</source>
      <translation>Lượt tiếp nhận</translation>
    </message>
    <message>
      <source>Receipt representative</source>
      <translation>Đại diện trong biên bản tiếp nhận</translation>
    </message>
    <message>
      <source>Receipt item</source>
      <translation>Hạng mục tiếp nhận</translation>
    </message>
    <message>
      <source>Allocation</source>
      <translation>Phân bổ</translation>
    </message>
    <message>
      <source>The value counted towards needs ({counted} đ) exceeds the receipt's total ({total} đ).</source>
      <translation>Giá trị tính cho các nhu cầu ({counted} đ) vượt tổng giá trị tiếp nhận ({total} đ).</translation>
    </message>
    <message>
      <source>Row {row}: enter the item's name.</source>
      <translation>Dòng {row}: nhập tên hạng mục.</translation>
    </message>
    <message>
      <source>Row {row}: enter the unit (con, bao, bộ, …).</source>
      <translation>Dòng {row}: nhập đơn vị tính (con, bao, bộ, …).</translation>
    </message>
    <message>
      <source>Row {row}: the quantity must be greater than zero.</source>
      <translation>Dòng {row}: số lượng phải lớn hơn 0.</translation>
    </message>
    <message>
      <source>Row {row}: the unit price cannot be negative.</source>
      <translation>Dòng {row}: đơn giá không được âm.</translation>
    </message>
    <message>
      <source>Items cannot be handed out before they were received.</source>
      <translation>Không thể cấp phát trước ngày tiếp nhận.</translation>
    </message>
    <message>
      <source>receipts</source>
      <translation>lượt tiếp nhận</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
      <source>items received</source>
      <translation>mặt hàng tiếp nhận</translation>
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
      <source>hand-outs</source>
      <translation>lượt cấp phát</translation>
    </message>
    <message>
      <source>Handed over on</source>
      <translation>Ngày bàn giao</translation>
    </message>
    <message>
      <source>“{item}” has already been handed out; remove its allocations before removing the item.</source>
      <translation>“{item}” đã được cấp phát; hãy xóa các lần cấp phát trước khi bỏ hạng mục này.</translation>
    </message>
    <message>
      <source>Row {row}: {allocated} {unit} of “{item}” are already allocated; the quantity cannot be less.</source>
      <translation>Dòng {row}: đã cấp phát {allocated} {unit} “{item}”; số lượng không được nhỏ hơn.</translation>
    </message>
    <message>
      <source>Only {left} {unit} of “{item}” remain to hand out ({received} received); {wanted} {unit} were asked for.</source>
      <translation>Chỉ còn {left} {unit} “{item}” chưa cấp phát (đã nhận {received}); đang yêu cầu cấp {wanted} {unit}.</translation>
    </message>
    <message>
      <source>A chosen household or village no longer exists.</source>
      <translation>Một hộ hoặc thôn đã chọn không còn tồn tại.</translation>
    </message>
    <message>
      <source>Row {row}: the quantity must be a number.</source>
      <translation>Dòng {row}: số lượng phải là một số.</translation>
    </message>
    <message>
      <source>Row {row}: the unit price must be a whole number of đồng.</source>
      <translation>Dòng {row}: đơn giá phải là số đồng nguyên.</translation>
    </message>
  </context>
</TS>
